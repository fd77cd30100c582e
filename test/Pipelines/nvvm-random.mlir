// RUN: ckpt-opt %s --ckpt-lower-to-nvvm="chip=sm_90 format=isa" | FileCheck %s
// RUN: ckpt-opt %s --ckpt-lower-to-nvvm="chip=sm_90 format=isa" | %python %S/Inputs/extract_ptx.py %t.ptx
// RUN: %if cuda-toolkit %{ /usr/local/cuda/bin/ptxas -arch=sm_90 %t.ptx.0 -o %t.0.cubin %}
// RUN: %if cuda-toolkit %{ /usr/local/cuda/bin/ptxas -arch=sm_90 %t.ptx.1 -o %t.1.cubin %}

// ckpt.random_uniform on the GPU: the front end expands it into integer
// arithmetic on tensors, which the GPU lowering maps onto threads like any
// elementwise generic; each thread computes its element's Philox block
// from the seed and offset the host passes as kernel arguments. The PTX
// assembles with the toolkit's ptxas.
// CHECK-LABEL: llvm.func @draw(
// CHECK-SAME:    %[[SEED:[^:]+]]: i64, %[[OFF:[^:]+]]: i64
// CHECK:         gpu.launch_func @draw_kernel::@draw_kernel {{.*}} args({{.*}}%[[OFF]] : i64, %[[SEED]] : i64
// CHECK:         gpu.launch_func @draw_kernel_0::@draw_kernel {{.*}} args({{.*}}%[[OFF]] : i64, %[[SEED]] : i64
// CHECK-NOT:     ckpt.random_uniform

// f32: the top 24 bits of the first word, converted exactly and scaled.
// CHECK:       gpu.binary @draw_kernel {{.*}}#nvvm.target<O = 3, chip = "sm_90">
// CHECK-SAME:    .visible .entry draw_kernel(
// CHECK-SAME:    mul.lo.s64
// CHECK-SAME:    xor.b64
// CHECK-SAME:    shr.u32 {{[^;]*}}, 8;
// CHECK-SAME:    cvt.rn.f32.u32
// CHECK-SAME:    mul.rn.f32 {{[^;]*}}, 0f33800000;
// CHECK-SAME:    st.global.b32

// f64: 53 bits of the first two words.
// CHECK:       gpu.binary @draw_kernel_0 {{.*}}#nvvm.target<O = 3, chip = "sm_90">
// CHECK-SAME:    cvt.rn.f64.u64
// CHECK-SAME:    mul.rn.f64 {{[^;]*}}, 0d3CA0000000000000;
// CHECK-SAME:    st.global.b64

func.func @draw(%seed: i64, %offset: i64) -> (tensor<33x65xf32>, tensor<1000xf64>) {
  %a = ckpt.random_uniform %seed, %offset : tensor<33x65xf32>
  %b = ckpt.random_uniform %seed, %offset : tensor<1000xf64>
  return %a, %b : tensor<33x65xf32>, tensor<1000xf64>
}
