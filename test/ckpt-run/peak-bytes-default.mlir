// The same programs and expected peaks as peak-bytes.mlir (see the
// derivations there), lowered with the default --target=cpu pipeline.
//
// XFAIL until the CPU pipeline lowers with
// finalize-memref-to-llvm{use-aligned-alloc=1}: today every memref.alloc
// {alignment = 64} asks the allocator for size + 64 bytes of padding, so each
// buffer counts 64 bytes more than its tensor (e.g. @single reports 1048640).
// RUN: ckpt-run %S/peak-bytes.mlir --entry=single --json 2>&1 | FileCheck %s --check-prefix=SINGLE
// RUN: ckpt-run %S/peak-bytes.mlir --entry=chain --json 2>&1 | FileCheck %s --check-prefix=CHAIN
// RUN: ckpt-run %S/peak-bytes.mlir --entry=matmul --json 2>&1 | FileCheck %s --check-prefix=MATMUL
// RUN: ckpt-run %S/peak-bytes.mlir --entry=two --json 2>&1 | FileCheck %s --check-prefix=TWO

// SINGLE: {"entry":"single",{{.*}}"peak_bytes":1048576,
// CHAIN: {"entry":"chain",{{.*}}"peak_bytes":2097152,
// MATMUL: "peak_bytes":262144,
// TWO: "peak_bytes":2097152,
