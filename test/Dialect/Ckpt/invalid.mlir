// RUN: ckpt-opt %s -split-input-file -verify-diagnostics

func.func @block_arg_count(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'ckpt.checkpoint' op body has 0 block arguments but the op has 1 operands; expected one per operand}}
  %r = "ckpt.checkpoint"(%x) ({
    %c = arith.constant dense<1.0> : tensor<4xf32>
    "ckpt.yield"(%c) : (tensor<4xf32>) -> ()
  }) : (tensor<4xf32>) -> tensor<4xf32>
  return %r : tensor<4xf32>
}

// -----

func.func @block_arg_type(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'ckpt.checkpoint' op body argument #0 has type 'tensor<4xf64>' but operand #0 has type 'tensor<4xf32>'}}
  %r = "ckpt.checkpoint"(%x) ({
  ^bb0(%a: tensor<4xf64>):
    %c = arith.constant dense<1.0> : tensor<4xf32>
    "ckpt.yield"(%c) : (tensor<4xf32>) -> ()
  }) : (tensor<4xf32>) -> tensor<4xf32>
  return %r : tensor<4xf32>
}

// -----

func.func @yield_count(%x: tensor<4xf32>) -> tensor<4xf32> {
  %r = "ckpt.checkpoint"(%x) ({
  ^bb0(%a: tensor<4xf32>):
    // expected-error @+1 {{'ckpt.yield' op yields 2 values but the enclosing 'ckpt.checkpoint' has 1 results}}
    "ckpt.yield"(%a, %a) : (tensor<4xf32>, tensor<4xf32>) -> ()
  }) : (tensor<4xf32>) -> tensor<4xf32>
  return %r : tensor<4xf32>
}

// -----

func.func @yield_type(%x: tensor<4xf32>) -> tensor<2xf32> {
  %r = "ckpt.checkpoint"(%x) ({
  ^bb0(%a: tensor<4xf32>):
    // expected-error @+1 {{'ckpt.yield' op value #0 has type 'tensor<4xf32>' but the enclosing 'ckpt.checkpoint' result #0 has type 'tensor<2xf32>'}}
    "ckpt.yield"(%a) : (tensor<4xf32>) -> ()
  }) : (tensor<4xf32>) -> tensor<2xf32>
  return %r : tensor<2xf32>
}

// -----

func.func @yield_outside(%x: tensor<4xf32>) {
  // expected-error @+1 {{'ckpt.yield' op expects parent op 'ckpt.checkpoint'}}
  "ckpt.yield"(%x) : (tensor<4xf32>) -> ()
  return
}

// -----

func.func @isolated(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-note @+1 {{required by region isolation constraints}}
  %r = "ckpt.checkpoint"() ({
    // expected-error @+1 {{'arith.negf' op using value defined outside the region}}
    %n = arith.negf %x : tensor<4xf32>
    "ckpt.yield"(%n) : (tensor<4xf32>) -> ()
  }) : () -> tensor<4xf32>
  return %r : tensor<4xf32>
}

// -----

func.func @bad_policy(%x: tensor<4xf32>) -> tensor<4xf32> {
  %r = "ckpt.checkpoint"(%x) ({
  ^bb0(%a: tensor<4xf32>):
    "ckpt.yield"(%a) : (tensor<4xf32>) -> ()
  // expected-error @+2 {{expected ::mlir::ckpt::Policy to be one of: recompute_all, save_dots}}
  // expected-error @+1 {{failed to parse Ckpt_PolicyAttr parameter 'value'}}
  }) {policy = #ckpt.policy<keep_everything>} : (tensor<4xf32>) -> tensor<4xf32>
  return %r : tensor<4xf32>
}

// -----

func.func @non_tensor_operand(%x: f32) -> f32 {
  // expected-error @+1 {{'ckpt.checkpoint' op operand #0 must be variadic of ranked tensor of any type values, but got 'f32'}}
  %r = "ckpt.checkpoint"(%x) ({
  ^bb0(%a: f32):
    "ckpt.yield"(%a) : (f32) -> ()
  }) : (f32) -> f32
  return %r : f32
}

// -----

func.func @unknown_callee(%x: tensor<4xf32>) {
  // expected-error @+1 {{'ckpt.value_and_grad' op 'nope' does not reference a valid func.func}}
  %l, %g = ckpt.value_and_grad @nope(%x) wrt [0] : (tensor<4xf32>) -> (tensor<f32>, tensor<4xf32>)
  return
}

// -----

func.func private @f(tensor<4xf32>) -> tensor<f32>

func.func @arg_count(%x: tensor<4xf32>) {
  // expected-error @+1 {{'ckpt.value_and_grad' op callee @f takes 1 arguments but the op has 2 operands}}
  %l, %g = ckpt.value_and_grad @f(%x, %x) wrt [0] : (tensor<4xf32>, tensor<4xf32>) -> (tensor<f32>, tensor<4xf32>)
  return
}

// -----

func.func private @f(tensor<4xf32>) -> tensor<f32>

func.func @arg_type(%x: tensor<8xf32>) {
  // expected-error @+1 {{'ckpt.value_and_grad' op operand #0 has type 'tensor<8xf32>' but callee @f expects 'tensor<4xf32>'}}
  %l, %g = ckpt.value_and_grad @f(%x) wrt [0] : (tensor<8xf32>) -> (tensor<f32>, tensor<8xf32>)
  return
}

// -----

func.func private @f(tensor<4xf32>) -> tensor<4xf32>

func.func @non_scalar_result(%x: tensor<4xf32>) {
  // expected-error @+1 {{'ckpt.value_and_grad' op callee @f must return a scalar first result (f32, f64 or a 0-d tensor of them) to differentiate}}
  %l, %g = ckpt.value_and_grad @f(%x) wrt [0] : (tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>)
  return
}

// -----

func.func private @f(tensor<4xf32>) -> i32

func.func @integer_result(%x: tensor<4xf32>) {
  // expected-error @+1 {{'ckpt.value_and_grad' op callee @f must return a scalar first result (f32, f64 or a 0-d tensor of them) to differentiate}}
  %l, %g = ckpt.value_and_grad @f(%x) wrt [0] : (tensor<4xf32>) -> (i32, tensor<4xf32>)
  return
}

// -----

func.func private @f(tensor<4xf32>) -> tensor<f32>

func.func @wrt_out_of_range(%x: tensor<4xf32>) {
  // expected-error @+1 {{'ckpt.value_and_grad' op wrt index 1 is out of range: the op has 1 operands}}
  %l, %g = ckpt.value_and_grad @f(%x) wrt [1] : (tensor<4xf32>) -> (tensor<f32>, tensor<4xf32>)
  return
}

// -----

func.func private @f(tensor<4xf32>) -> tensor<f32>

func.func @wrt_negative(%x: tensor<4xf32>) {
  // expected-error @+1 {{'ckpt.value_and_grad' op wrt index -1 is out of range: the op has 1 operands}}
  %l, %g = ckpt.value_and_grad @f(%x) wrt [-1] : (tensor<4xf32>) -> (tensor<f32>, tensor<4xf32>)
  return
}

// -----

func.func private @f(tensor<4xf32>, tensor<4xf32>) -> tensor<f32>

func.func @wrt_not_increasing(%x: tensor<4xf32>) {
  // expected-error @+1 {{'ckpt.value_and_grad' op wrt indices must be strictly increasing, but 0 follows 1}}
  %l, %g1, %g0 = ckpt.value_and_grad @f(%x, %x) wrt [1, 0] : (tensor<4xf32>, tensor<4xf32>) -> (tensor<f32>, tensor<4xf32>, tensor<4xf32>)
  return
}

// -----

func.func private @f(tensor<4xf32>, tensor<4xf32>) -> tensor<f32>

func.func @wrt_repeated(%x: tensor<4xf32>) {
  // expected-error @+1 {{'ckpt.value_and_grad' op wrt indices must be strictly increasing, but 0 follows 0}}
  %l, %g1, %g0 = ckpt.value_and_grad @f(%x, %x) wrt [0, 0] : (tensor<4xf32>, tensor<4xf32>) -> (tensor<f32>, tensor<4xf32>, tensor<4xf32>)
  return
}

// -----

func.func private @f(tensor<4xf32>, i64) -> tensor<f32>

func.func @wrt_integer(%x: tensor<4xf32>, %n: i64) {
  // expected-error @+1 {{'ckpt.value_and_grad' op wrt index 1 names operand of type 'i64', which is not a floating-point value or tensor}}
  %l, %g = ckpt.value_and_grad @f(%x, %n) wrt [1] : (tensor<4xf32>, i64) -> (tensor<f32>, i64)
  return
}

// -----

func.func private @f(tensor<4xf32>) -> tensor<f32>

func.func @gradient_type(%x: tensor<4xf32>) {
  // expected-error @+1 {{'ckpt.value_and_grad' op gradient result #1 has type 'tensor<4xf64>' but operand #0 has type 'tensor<4xf32>'}}
  %l, %g = ckpt.value_and_grad @f(%x) wrt [0] : (tensor<4xf32>) -> (tensor<f32>, tensor<4xf64>)
  return
}

// -----

func.func private @f(tensor<4xf32>) -> tensor<f32>

func.func @too_few_results(%x: tensor<4xf32>) {
  // expected-error @+1 {{'ckpt.value_and_grad' op has 0 results, fewer than the 1 gradients that wrt asks for}}
  "ckpt.value_and_grad"(%x) {callee = @f, wrt = array<i64: 0>} : (tensor<4xf32>) -> ()
  return
}

// -----

func.func private @f(tensor<4xf32>) -> (tensor<f32>, tensor<4xf32>)

func.func @value_count(%x: tensor<4xf32>) {
  // expected-error @+1 {{'ckpt.value_and_grad' op has 1 value results before the gradients but callee @f returns 2}}
  %l, %g = ckpt.value_and_grad @f(%x) wrt [0] : (tensor<4xf32>) -> (tensor<f32>, tensor<4xf32>)
  return
}

// -----

func.func private @f(tensor<4xf32>) -> tensor<f32>

func.func @value_type(%x: tensor<4xf32>) {
  // expected-error @+1 {{'ckpt.value_and_grad' op result #0 has type 'f32' but callee @f returns 'tensor<f32>'}}
  %l, %g = ckpt.value_and_grad @f(%x) wrt [0] : (tensor<4xf32>) -> (f32, tensor<4xf32>)
  return
}

// -----

func.func @random_element(%seed: i64, %offset: i64) {
  // expected-error @+1 {{'ckpt.random_uniform' op result must be a tensor of f32 or f64, but its element type is 'f16'}}
  %u = ckpt.random_uniform %seed, %offset : tensor<4xf16>
  return
}

// -----

func.func @random_integer(%seed: i64, %offset: i64) {
  // expected-error @+1 {{'ckpt.random_uniform' op result must be a tensor of f32 or f64, but its element type is 'i32'}}
  %u = ckpt.random_uniform %seed, %offset : tensor<4xi32>
  return
}

// -----

func.func @random_dynamic(%seed: i64, %offset: i64) {
  // expected-error @+1 {{'ckpt.random_uniform' op result must have a static shape, but has type 'tensor<?x4xf32>'; the draw of each element depends on its index}}
  %u = ckpt.random_uniform %seed, %offset : tensor<?x4xf32>
  return
}

// -----

func.func @random_unranked(%seed: i64, %offset: i64) {
  // expected-error @+1 {{'ckpt.random_uniform' op result #0 must be ranked tensor of any type values, but got 'tensor<*xf32>'}}
  %u = "ckpt.random_uniform"(%seed, %offset) : (i64, i64) -> tensor<*xf32>
  return
}

// -----

func.func @random_seed_type(%seed: i32, %offset: i64) {
  // expected-error @+1 {{'ckpt.random_uniform' op operand #0 must be 64-bit signless integer, but got 'i32'}}
  %u = "ckpt.random_uniform"(%seed, %offset) : (i32, i64) -> tensor<4xf32>
  return
}

// -----

func.func @random_offset_type(%seed: i64, %offset: index) {
  // expected-error @+1 {{'ckpt.random_uniform' op operand #1 must be 64-bit signless integer, but got 'index'}}
  %u = "ckpt.random_uniform"(%seed, %offset) : (i64, index) -> tensor<4xf32>
  return
}

// -----

func.func @random_operands(%seed: i64) {
  // expected-error @+1 {{'ckpt.random_uniform' op expected 2 operands, but found 1}}
  %u = "ckpt.random_uniform"(%seed) : (i64) -> tensor<4xf32>
  return
}
