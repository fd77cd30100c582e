// RUN: ckpt-opt %s --ckpt-mixed-precision="dtype=bf16" --split-input-file | FileCheck %s --check-prefix=BF16
// RUN: ckpt-opt %s --ckpt-mixed-precision="dtype=f16 loss-scale=128" --split-input-file | FileCheck %s --check-prefix=F16
// RUN: ckpt-opt %s --ckpt-mixed-precision="dtype=bf16" --ckpt-autodiff --split-input-file | FileCheck %s --check-prefix=GRAD

// Arguments keep the master type and are truncated at entry; the matmul
// reads bf16 and accumulates in f32; elementwise work runs in bf16; the
// sum reduction accumulates in f32 and, returned, is the loss itself (no
// round trip through bf16, whose range f16 shares too little of).

// BF16-LABEL: func.func @mlp(
// BF16-LABEL: func.func private @mlp_bf16(
// BF16-SAME: %[[W:.*]]: tensor<8x8xf32>, %[[X:.*]]: tensor<4x8xf32>) -> tensor<f32>
// BF16: %[[WL:.*]] = linalg.generic {{.*}} ins(%[[W]] : tensor<8x8xf32>) outs(%{{.*}} : tensor<8x8xbf16>)
// BF16: arith.truncf %{{.*}} : f32 to bf16
// BF16: %[[XL:.*]] = linalg.generic {{.*}} ins(%[[X]] : tensor<4x8xf32>) outs(%{{.*}} : tensor<4x8xbf16>)
// BF16: %[[ACC:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : tensor<4x8xf32>)
// BF16: %[[MM:.*]] = linalg.matmul ins(%[[XL]], %[[WL]] : tensor<4x8xbf16>, tensor<8x8xbf16>) outs(%[[ACC]] : tensor<4x8xf32>) -> tensor<4x8xf32>
// BF16: %[[ML:.*]] = linalg.generic {{.*}} ins(%[[MM]] : tensor<4x8xf32>) outs(%{{.*}} : tensor<4x8xbf16>)
// BF16: %[[T:.*]] = math.tanh %[[ML]] : tensor<4x8xbf16>
// BF16: %[[SQ:.*]] = arith.mulf %[[T]], %[[T]] : tensor<4x8xbf16>
// BF16: %[[SUM:.*]] = linalg.generic {{.*}} iterator_types = ["reduction", "reduction"]} ins(%[[SQ]] : tensor<4x8xbf16>) outs(%{{.*}} : tensor<f32>)
// BF16-NEXT: ^bb0(%[[IN:.*]]: bf16, %[[OUT:.*]]: f32):
// BF16-NEXT: %[[E:.*]] = arith.extf %[[IN]] : bf16 to f32
// BF16-NEXT: arith.addf %[[E]], %[[OUT]] : f32
// BF16-NOT: tensor<bf16>
// BF16: return %[[SUM]] : tensor<f32>
// BF16-LABEL: func.func @step(
// BF16: ckpt.value_and_grad @mlp_bf16(

// With a loss scale the callee returns S * loss and the step divides the
// loss and the gradients by S.
// F16-LABEL: func.func private @mlp_f16(
// F16: linalg.matmul ins(%{{.*}}, %{{.*}} : tensor<4x8xf16>, tensor<8x8xf16>) outs(%{{.*}} : tensor<4x8xf32>)
// F16: %[[S:.*]] = arith.constant 1.280000e+02 : f32
// F16: arith.mulf %{{.*}}, %[[S]] : f32
// F16-LABEL: func.func @step(
// F16: %[[R:.*]]:2 = ckpt.value_and_grad @mlp_f16(
// F16: %[[INV:.*]] = arith.constant 7.812500e-03 : f32
// F16: linalg.generic {{.*}} ins(%[[R]]#0 : tensor<f32>)
// F16: arith.mulf %{{.*}}, %[[INV]] : f32
// F16: linalg.generic {{.*}} ins(%[[R]]#1 : tensor<8x8xf32>)

// The backward: the f32 result's adjoint is rounded to bf16 once, so the
// matmul adjoint is bf16 x bf16 accumulating in f32 like the forward, then
// rounded to the factor's type; the weight's gradient returns to f32
// through the truncation's adjoint.
// GRAD-LABEL: func.func private @__grad_mlp_bf16_wrt_0(
// GRAD-SAME: -> (tensor<f32>, tensor<8x8xf32>)
// GRAD: linalg.matmul {{.*}} ins(%{{.*}}, %{{.*}} : tensor<4x8xbf16>, tensor<4x8xbf16>) outs(%{{.*}} : tensor<8x8xf32>) -> tensor<8x8xf32>
// GRAD: arith.truncf %{{.*}} : f32 to bf16
// GRAD: arith.extf %{{.*}} : bf16 to f32

#id = affine_map<(d0, d1) -> (d0, d1)>
#all = affine_map<(d0, d1) -> ()>
func.func @mlp(%w: tensor<8x8xf32>, %x: tensor<4x8xf32>) -> tensor<f32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<4x8xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<4x8xf32>) -> tensor<4x8xf32>
  %m = linalg.matmul ins(%x, %w : tensor<4x8xf32>, tensor<8x8xf32>) outs(%f : tensor<4x8xf32>) -> tensor<4x8xf32>
  %t = math.tanh %m : tensor<4x8xf32>
  %sq = arith.mulf %t, %t : tensor<4x8xf32>
  %le = tensor.empty() : tensor<f32>
  %lf = linalg.fill ins(%z : f32) outs(%le : tensor<f32>) -> tensor<f32>
  %l = linalg.generic {indexing_maps = [#id, #all], iterator_types = ["reduction", "reduction"]} ins(%sq : tensor<4x8xf32>) outs(%lf : tensor<f32>) {
  ^bb0(%a: f32, %acc: f32):
    %s = arith.addf %a, %acc : f32
    linalg.yield %s : f32
  } -> tensor<f32>
  return %l : tensor<f32>
}
func.func @step(%w: tensor<8x8xf32>, %x: tensor<4x8xf32>) -> (tensor<f32>, tensor<8x8xf32>) {
  %l, %g = ckpt.value_and_grad @mlp(%w, %x) wrt [0] : (tensor<8x8xf32>, tensor<4x8xf32>) -> (tensor<f32>, tensor<8x8xf32>)
  return %l, %g : tensor<f32>, tensor<8x8xf32>
}

// -----

// An f64 model: dense constants and helpers follow; a helper's signature
// becomes bf16 with its caller's values; f64 <-> bf16 goes through f32.

// BF16-LABEL: func.func private @half(
// BF16-SAME: tensor<4xf64>
// BF16-LABEL: func.func private @half_bf16(
// BF16-SAME: %{{.*}}: tensor<4xbf16>) -> tensor<4xbf16>
// BF16: arith.constant dense<5.000000e-01> : tensor<4xbf16>
// BF16-LABEL: func.func private @scalar_loss_bf16(
// BF16-SAME: %[[A:.*]]: tensor<4xf64>) -> f64
// BF16: arith.truncf %{{.*}} : f64 to f32
// BF16-NEXT: arith.truncf %{{.*}} : f32 to bf16
// BF16: call @half_bf16(%{{.*}}) : (tensor<4xbf16>) -> tensor<4xbf16>
// BF16: %[[X:.*]] = tensor.extract %{{.*}}[%{{.*}}] : tensor<4xbf16>
// BF16: %[[W:.*]] = arith.extf %[[X]] : bf16 to f32
// BF16-NEXT: arith.extf %[[W]] : f32 to f64
// BF16-LABEL: func.func @step64(
// BF16: ckpt.value_and_grad @scalar_loss_bf16(

func.func private @half(%v: tensor<4xf64>) -> tensor<4xf64> {
  %h = arith.constant dense<0.5> : tensor<4xf64>
  %r = arith.mulf %v, %h : tensor<4xf64>
  return %r : tensor<4xf64>
}
func.func private @scalar_loss(%a: tensor<4xf64>) -> f64 {
  %c = arith.constant 1 : index
  %h = func.call @half(%a) : (tensor<4xf64>) -> tensor<4xf64>
  %x = tensor.extract %h[%c] : tensor<4xf64>
  return %x : f64
}
func.func @step64(%a: tensor<4xf64>) -> (f64, tensor<4xf64>) {
  %l, %g = ckpt.value_and_grad @scalar_loss(%a) wrt [0] : (tensor<4xf64>) -> (f64, tensor<4xf64>)
  return %l, %g : f64, tensor<4xf64>
}

// -----

// A broadcast bias: its adjoint sums over the batch rows, in f32, rounded
// once to bf16 (then to the f32 master through the entry cast's adjoint).
// GRAD-LABEL: func.func private @__grad_bias_bf16_wrt_0(
// GRAD: %[[ACC:.*]] = linalg.generic {{.*}} iterator_types = ["reduction", "parallel"]} {{.*}} outs(%{{.*}} : tensor<8xf32>)
// GRAD: arith.extf %{{.*}} : bf16 to f32
// GRAD: arith.addf %{{.*}}, %{{.*}} : f32
// GRAD: linalg.generic {{.*}} ins(%[[ACC]] : tensor<8xf32>) outs(%{{.*}} : tensor<8xbf16>)
// GRAD: arith.truncf %{{.*}} : f32 to bf16

#id2 = affine_map<(d0, d1) -> (d0, d1)>
#col = affine_map<(d0, d1) -> (d1)>
#all2 = affine_map<(d0, d1) -> ()>
func.func @bias(%b: tensor<8xf32>, %x: tensor<64x8xf32>) -> tensor<f32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<64x8xf32>
  %y = linalg.generic {indexing_maps = [#id2, #col, #id2], iterator_types = ["parallel", "parallel"]} ins(%x, %b : tensor<64x8xf32>, tensor<8xf32>) outs(%e : tensor<64x8xf32>) {
  ^bb0(%a: f32, %c: f32, %o: f32):
    %s = arith.addf %a, %c : f32
    %t = math.tanh %s : f32
    linalg.yield %t : f32
  } -> tensor<64x8xf32>
  %le = tensor.empty() : tensor<f32>
  %lf = linalg.fill ins(%z : f32) outs(%le : tensor<f32>) -> tensor<f32>
  %l = linalg.generic {indexing_maps = [#id2, #all2], iterator_types = ["reduction", "reduction"]} ins(%y : tensor<64x8xf32>) outs(%lf : tensor<f32>) {
  ^bb0(%a: f32, %acc: f32):
    %s = arith.addf %a, %acc : f32
    linalg.yield %s : f32
  } -> tensor<f32>
  return %l : tensor<f32>
}
func.func @step(%b: tensor<8xf32>, %x: tensor<64x8xf32>) -> (tensor<f32>, tensor<8xf32>) {
  %l, %g = ckpt.value_and_grad @bias(%b, %x) wrt [0] : (tensor<8xf32>, tensor<64x8xf32>) -> (tensor<f32>, tensor<8xf32>)
  return %l, %g : tensor<f32>, tensor<8xf32>
}
