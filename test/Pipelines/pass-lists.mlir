// The passes --ckpt-lower-to-cpu and --ckpt-lower-to-nvvm add, in order,
// with the options that matter: both are built from create*Pass calls, and
// these lists are the ones the earlier textual pipelines parsed to (the
// lowered IR is byte for byte the same).
// RUN: ckpt-opt %s --ckpt-lower-to-cpu --dump-pass-pipeline -o /dev/null 2>&1 | FileCheck %s --check-prefix=CPU
// RUN: ckpt-opt %s --ckpt-lower-to-cpu="blas=false approximate-math=false chunk-ops=0" --dump-pass-pipeline -o /dev/null 2>&1 | FileCheck %s --check-prefix=BARE
// RUN: ckpt-opt %s --ckpt-lower-to-nvvm="format=isa chip=sm_80" --dump-pass-pipeline -o /dev/null 2>&1 | FileCheck %s --check-prefix=NVVM

// CPU: builtin.module(
// CPU-NEXT: ckpt-record-signature
// CPU-NEXT: ckpt-autodiff
// CPU-NEXT: ckpt-inline-checkpoints
// CPU-NEXT: ckpt-lower-random
// CPU-NEXT: canonicalize
// CPU-NEXT: cse
// CPU-NEXT: ckpt-protect-arguments
// CPU-NEXT: func.func(
// CPU-NEXT: convert-elementwise-to-linalg
// CPU-NEXT: )
// CPU-NEXT: ckpt-fuse-elementwise
// CPU-NEXT: ckpt-untie-inits
// CPU-NEXT: ckpt-reuse-dead-inputs
// CPU-NEXT: one-shot-bufferize{{.*}}bufferize-function-boundaries=true
// CPU-NEXT: expand-realloc{{.*}}emit-deallocs=false
// CPU-NEXT: canonicalize
// CPU-NEXT: ownership-based-buffer-deallocation
// CPU-NEXT: canonicalize
// CPU-NEXT: ckpt-hoist-deallocs
// CPU-NEXT: buffer-deallocation-simplification
// CPU-NEXT: ckpt-hoist-deallocs
// CPU-NEXT: bufferization-lower-deallocations
// CPU-NEXT: cse
// CPU-NEXT: canonicalize
// CPU-NEXT: convert-bufferization-to-memref
// CPU-NEXT: ckpt-linalg-to-blas
// CPU-NEXT: func.func(
// CPU-NEXT: convert-linalg-to-loops
// CPU-NEXT: )
// CPU-NEXT: ckpt-approximate-math
// CPU-NEXT: ckpt-split-functions{{.*}}chunk-ops=64
// CPU-NEXT: lower-affine
// CPU-NEXT: convert-scf-to-cf
// CPU-NEXT: convert-math-to-llvm
// CPU-NEXT: convert-math-to-libm
// CPU-NEXT: expand-strided-metadata
// CPU-NEXT: lower-affine
// CPU-NEXT: finalize-memref-to-llvm{{.*}}use-aligned-alloc=true use-generic-functions=true
// CPU-NEXT: convert-to-llvm
// CPU-NEXT: reconcile-unrealized-casts
// CPU-NEXT: )

// NVVM: builtin.module(
// NVVM-NEXT: ckpt-record-signature
// NVVM-NEXT: ckpt-autodiff
// NVVM-NEXT: ckpt-inline-checkpoints
// NVVM-NEXT: ckpt-lower-random
// NVVM-NEXT: canonicalize
// NVVM-NEXT: cse
// NVVM-NEXT: ckpt-protect-arguments
// NVVM-NEXT: func.func(
// NVVM-NEXT: convert-elementwise-to-linalg
// NVVM-NEXT: )
// NVVM-NEXT: ckpt-fuse-elementwise
// NVVM-NEXT: ckpt-untie-inits
// NVVM-NEXT: ckpt-reuse-dead-inputs
// NVVM-NEXT: inline
// NVVM-NEXT: func.func(
// NVVM-NEXT: linalg-fuse-elementwise-ops
// NVVM-NEXT: )
// NVVM-NEXT: one-shot-bufferize
// NVVM-NEXT: expand-realloc
// NVVM-NEXT: canonicalize
// NVVM-NEXT: ownership-based-buffer-deallocation
// NVVM-NEXT: canonicalize
// NVVM-NEXT: ckpt-hoist-deallocs
// NVVM-NEXT: buffer-deallocation-simplification
// NVVM-NEXT: ckpt-hoist-deallocs
// NVVM-NEXT: bufferization-lower-deallocations
// NVVM-NEXT: cse
// NVVM-NEXT: canonicalize
// NVVM-NEXT: convert-bufferization-to-memref
// NVVM-NEXT: ckpt-linalg-to-cublas
// NVVM-NEXT: ckpt-device-residency
// NVVM-NEXT: func.func(
// NVVM-NEXT: ckpt-parallelize-reductions
// NVVM-NEXT: )
// NVVM-NEXT: func.func(
// NVVM-NEXT: convert-linalg-to-parallel-loops
// NVVM-NEXT: scf-parallel-loop-tiling{{.*}}no-min-max-bounds=true parallel-loop-tile-sizes={{[{]}}16,16{{[}]}}
// NVVM-NEXT: gpu-map-parallel-loops
// NVVM-NEXT: convert-parallel-loops-to-gpu
// NVVM-NEXT: )
// NVVM-NEXT: gpu-launch-sink-index-computations
// NVVM-NEXT: gpu-kernel-outlining
// NVVM-NEXT: lower-affine
// NVVM-NEXT: canonicalize
// NVVM-NEXT: cse
// NVVM-NEXT: nvvm-attach-target{{.*}}O=3 chip=sm_80
// NVVM-NEXT: gpu.module(
// NVVM-NEXT: convert-scf-to-cf
// NVVM-NEXT: convert-gpu-to-nvvm
// NVVM-NEXT: canonicalize
// NVVM-NEXT: cse
// NVVM-NEXT: reconcile-unrealized-casts
// NVVM-NEXT: )
// NVVM-NEXT: gpu-module-to-binary{{.*}}format=isa
// NVVM-NEXT: convert-scf-to-cf
// NVVM-NEXT: expand-strided-metadata
// NVVM-NEXT: lower-affine
// NVVM-NEXT: finalize-memref-to-llvm{{.*}}use-aligned-alloc=false use-generic-functions=true
// NVVM-NEXT: gpu-to-llvm
// NVVM-NEXT: convert-to-llvm
// NVVM-NEXT: canonicalize
// NVVM-NEXT: cse
// NVVM-NEXT: reconcile-unrealized-casts
// NVVM-NEXT: )

// Each optional pass of the CPU pipeline goes with its option.
// BARE: convert-bufferization-to-memref
// BARE-NEXT: func.func(
// BARE-NEXT: convert-linalg-to-loops
// BARE-NEXT: )
// BARE-NEXT: lower-affine

func.func @f() {
  return
}
