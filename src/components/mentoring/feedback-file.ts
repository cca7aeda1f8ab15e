// What reading a feedback file needs, loaded when one is chosen on the send page: most visits only send a package.
// A module of its own, so the build can load it on use without wrapping the shared modules it re-exports.
export { readTextFiles } from '@/components/shared/read-files';
export { MAX_SEALED_BYTES } from '@/domain/mentoring/file-limits';
