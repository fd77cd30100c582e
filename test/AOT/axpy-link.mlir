// Ahead-of-time: lower, translate, compile to an object, link with the two
// ckpt runtimes into a program a C++ host drives. Linking needs no GPU;
// running does.
// REQUIRES: cuda-toolkit
// The host program is linked without the sanitizer runtime the sanitizer
// build's runtime libraries need.
// UNSUPPORTED: sanitize
// RUN: ckpt-opt %s --ckpt-lower-to-nvvm="chip=sm_90 format=fatbin" \
// RUN:   | mlir-translate --mlir-to-llvmir -o %t.ll
// RUN: llc -O2 -filetype=obj -relocation-model=pic %t.ll -o %t.o
// RUN: clang -x c++ -std=c++17 -I%ckpt_src/include %S/Inputs/axpy_host.cpp \
// RUN:   -x none %t.o -L%ckpt_lib -lckpt_cuda_runtime -lckpt_runtime \
// RUN:   -Wl,-rpath,%ckpt_lib -lstdc++ -lm -o %t.exe
// RUN: llvm-nm %t.o | FileCheck %s --check-prefix=SYMS
// RUN: %if cuda %{ %t.exe | FileCheck %s %}

// SYMS-DAG: T _mlir_ciface_axpy_relu
// SYMS-DAG: U mgpuLaunchKernel
// SYMS-DAG: U mgpuModuleLoad
// SYMS-DAG: U _mlir_memref_to_llvm_alloc

// Inputs and the result are 4000 bytes each on the device; the result's
// device buffer is freed after the copy back.
// CHECK: size 1000 mismatches 0 live 0 peak 12000

func.func @axpy_relu(%x: tensor<1000xf32>, %y: tensor<1000xf32>) -> tensor<1000xf32>
    attributes {llvm.emit_c_interface} {
  %two = arith.constant dense<2.0> : tensor<1000xf32>
  %zero = arith.constant dense<0.0> : tensor<1000xf32>
  %ax = arith.mulf %two, %x : tensor<1000xf32>
  %s = arith.addf %ax, %y : tensor<1000xf32>
  %r = arith.maximumf %s, %zero : tensor<1000xf32>
  return %r : tensor<1000xf32>
}
