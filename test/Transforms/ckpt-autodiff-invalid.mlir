// RUN: ckpt-opt %s -split-input-file -verify-diagnostics --ckpt-autodiff

func.func private @ext(tensor<4xf32>) -> tensor<f32>

func.func @external_callee(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{cannot differentiate external function @ext}}
  %l, %g = ckpt.value_and_grad @ext(%x) wrt [0] : (tensor<4xf32>) -> (tensor<f32>, tensor<4xf32>)
  return %g : tensor<4xf32>
}

// -----

func.func private @ext(tensor<4xf32>) -> tensor<4xf32>

func.func @loss(%x: tensor<4xf32>) -> tensor<f32> {
  // expected-error @+1 {{'func.call' op cannot be differentiated: the callee has no body to differentiate (external or indirect call)}}
  %y = func.call @ext(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %e = tensor.empty() : tensor<f32>
  %c = arith.constant 0.0 : f32
  %f = linalg.fill ins(%c : f32) outs(%e : tensor<f32>) -> tensor<f32>
  %r = linalg.reduce ins(%y : tensor<4xf32>) outs(%f : tensor<f32>) dimensions = [0]
    (%in: f32, %acc: f32) { %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32 }
  return %r : tensor<f32>
}

func.func @external_call(%x: tensor<4xf32>) -> tensor<4xf32> {
  %l, %g = ckpt.value_and_grad @loss(%x) wrt [0] : (tensor<4xf32>) -> (tensor<f32>, tensor<4xf32>)
  return %g : tensor<4xf32>
}

// -----

func.func @loss(%x: tensor<4xf32>) -> tensor<f32> {
  %e = tensor.empty() : tensor<f32>
  %c = arith.constant 1.0 : f32
  %f = linalg.fill ins(%c : f32) outs(%e : tensor<f32>) -> tensor<f32>
  // expected-error @+1 {{'linalg.generic' op cannot be differentiated: a reduction must combine its running value with a single arith.addf, maximumf or minimumf that produces the yielded value}}
  %r = linalg.reduce ins(%x : tensor<4xf32>) outs(%f : tensor<f32>) dimensions = [0]
    (%in: f32, %acc: f32) { %s = arith.mulf %in, %acc : f32
      linalg.yield %s : f32 }
  return %r : tensor<f32>
}

func.func @product_reduction(%x: tensor<4xf32>) -> tensor<4xf32> {
  %l, %g = ckpt.value_and_grad @loss(%x) wrt [0] : (tensor<4xf32>) -> (tensor<f32>, tensor<4xf32>)
  return %g : tensor<4xf32>
}

// -----

func.func @loss(%x: tensor<4xf32>) -> tensor<f32> {
  %e = tensor.empty() : tensor<f32>
  %c = arith.constant 0.0 : f32
  %f = linalg.fill ins(%c : f32) outs(%e : tensor<f32>) -> tensor<f32>
  // expected-error @+1 {{'linalg.generic' op cannot be differentiated: no adjoint for 'math.atan' in its body}}
  %r = linalg.reduce ins(%x : tensor<4xf32>) outs(%f : tensor<f32>) dimensions = [0]
    (%in: f32, %acc: f32) {
      %a = math.atan %in : f32
      %s = arith.addf %a, %acc : f32
      linalg.yield %s : f32 }
  return %r : tensor<f32>
}

func.func @no_scalar_rule(%x: tensor<4xf32>) -> tensor<4xf32> {
  %l, %g = ckpt.value_and_grad @loss(%x) wrt [0] : (tensor<4xf32>) -> (tensor<f32>, tensor<4xf32>)
  return %g : tensor<4xf32>
}

// -----

func.func @loss(%x: tensor<6xf32>, %k: tensor<3xf32>) -> tensor<f32> {
  %e = tensor.empty() : tensor<4xf32>
  %c = arith.constant 0.0 : f32
  %f = linalg.fill ins(%c : f32) outs(%e : tensor<4xf32>) -> tensor<4xf32>
  // expected-error @+1 {{'linalg.generic' op cannot be differentiated: operand #0 has an indexing map that is not a projected permutation}}
  %conv = linalg.conv_1d ins(%x, %k : tensor<6xf32>, tensor<3xf32>) outs(%f : tensor<4xf32>) -> tensor<4xf32>
  %e0 = tensor.empty() : tensor<f32>
  %f0 = linalg.fill ins(%c : f32) outs(%e0 : tensor<f32>) -> tensor<f32>
  %r = linalg.reduce ins(%conv : tensor<4xf32>) outs(%f0 : tensor<f32>) dimensions = [0]
    (%in: f32, %acc: f32) { %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32 }
  return %r : tensor<f32>
}

func.func @convolution(%x: tensor<6xf32>, %k: tensor<3xf32>) -> tensor<6xf32> {
  %l, %g = ckpt.value_and_grad @loss(%x, %k) wrt [0] : (tensor<6xf32>, tensor<3xf32>) -> (tensor<f32>, tensor<6xf32>)
  return %g : tensor<6xf32>
}

// -----

func.func @loss(%x: tensor<4xf32>, %i: index) -> f32 {
  %d = tensor.empty() : tensor<4x4xf32>
  %idx = arith.constant dense<[[0], [1]]> : tensor<2x1xindex>
  // expected-error @+1 {{'tensor.gather' op cannot be differentiated: no adjoint for 'tensor.gather' (no AdjointOpInterface model is registered for it)}}
  %g = tensor.gather %x[%idx] gather_dims([0]) : (tensor<4xf32>, tensor<2x1xindex>) -> tensor<2xf32>
  %v = tensor.extract %g[%i] : tensor<2xf32>
  return %v : f32
}

func.func @gather(%x: tensor<4xf32>, %i: index) -> tensor<4xf32> {
  %l, %g = ckpt.value_and_grad @loss(%x, %i) wrt [0] : (tensor<4xf32>, index) -> (f32, tensor<4xf32>)
  return %g : tensor<4xf32>
}

// -----

func.func @loss(%x: tensor<?xf32>) -> f32 {
  %c0 = arith.constant 0 : index
  // expected-error @+1 {{'tensor.extract' op cannot be differentiated: dynamic shapes are not supported; give every tensor a static shape}}
  %v = tensor.extract %x[%c0] : tensor<?xf32>
  return %v : f32
}

func.func @dynamic(%x: tensor<?xf32>) -> tensor<?xf32> {
  %l, %g = ckpt.value_and_grad @loss(%x) wrt [0] : (tensor<?xf32>) -> (f32, tensor<?xf32>)
  return %g : tensor<?xf32>
}

// -----

func.func @loss(%x: f32, %m: memref<f32>) -> f32 {
  %y = arith.mulf %x, %x : f32
  // expected-error @+1 {{'memref.store' op cannot be differentiated: it has side effects; ckpt differentiates value-semantic func, linalg, tensor, arith and math ops}}
  memref.store %y, %m[] : memref<f32>
  %z = memref.load %m[] : memref<f32>
  return %z : f32
}

func.func @side_effects(%x: f32, %m: memref<f32>) -> f32 {
  %l, %g = ckpt.value_and_grad @loss(%x, %m) wrt [0] : (f32, memref<f32>) -> (f32, f32)
  return %g : f32
}

// -----

// A scalar op in a function body has no adjoint unless it has a model.
func.func @loss(%x: f32) -> f32 {
  // expected-error @+1 {{'math.atan' op cannot be differentiated: no adjoint for 'math.atan' (no AdjointOpInterface model is registered for it)}}
  %a = math.atan %x : f32
  return %a : f32
}

func.func @scalar_no_adjoint(%x: f32) -> (f32, f32) {
  %l, %g = ckpt.value_and_grad @loss(%x) wrt [0] : (f32) -> (f32, f32)
  return %l, %g : f32, f32
}

// -----

// A stateful generator behind an external call would draw again when the
// region is recomputed in the backward: refused where it is called.
func.func private @draw_stateful() -> tensor<4xf32>

func.func @loss(%x: tensor<4xf32>) -> tensor<f32> {
  %y = ckpt.checkpoint (%x) : (tensor<4xf32>) -> tensor<4xf32> {
  ^bb0(%a: tensor<4xf32>):
    // expected-error @+1 {{'func.call' op cannot be recomputed in a 'ckpt.checkpoint' region: the callee has no body, so a second call may return other values (stateful randomness, for one); draw random numbers with ckpt.random_uniform or call the function outside the region}}
    %r = func.call @draw_stateful() : () -> tensor<4xf32>
    %m = arith.mulf %a, %r : tensor<4xf32>
    ckpt.yield %m : tensor<4xf32>
  }
  %e = tensor.empty() : tensor<f32>
  %c = arith.constant 0.0 : f32
  %f = linalg.fill ins(%c : f32) outs(%e : tensor<f32>) -> tensor<f32>
  %s = linalg.reduce ins(%y : tensor<4xf32>) outs(%f : tensor<f32>) dimensions = [0]
    (%in: f32, %acc: f32) { %t = arith.addf %in, %acc : f32
      linalg.yield %t : f32 }
  return %s : tensor<f32>
}

func.func @stateful_in_region(%x: tensor<4xf32>) -> tensor<4xf32> {
  %l, %g = ckpt.value_and_grad @loss(%x) wrt [0] : (tensor<4xf32>) -> (tensor<f32>, tensor<4xf32>)
  return %g : tensor<4xf32>
}
