// Two steps, each differentiating its own callee: planFunction plans only
// the value_and_grad ops of the function it is given.
func.func @net(%x: tensor<8x32xf32>, %w: tensor<32x32xf32>) -> tensor<f32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<8x32xf32>
  %z = linalg.fill ins(%zero : f32) outs(%e : tensor<8x32xf32>) -> tensor<8x32xf32>
  %m0 = linalg.matmul ins(%x, %w : tensor<8x32xf32>, tensor<32x32xf32>) outs(%z : tensor<8x32xf32>) -> tensor<8x32xf32>
  %h0 = math.tanh %m0 : tensor<8x32xf32>
  %m1 = linalg.matmul ins(%h0, %w : tensor<8x32xf32>, tensor<32x32xf32>) outs(%z : tensor<8x32xf32>) -> tensor<8x32xf32>
  %h1 = math.tanh %m1 : tensor<8x32xf32>
  %m2 = linalg.matmul ins(%h1, %w : tensor<8x32xf32>, tensor<32x32xf32>) outs(%z : tensor<8x32xf32>) -> tensor<8x32xf32>
  %h2 = math.tanh %m2 : tensor<8x32xf32>
  %m3 = linalg.matmul ins(%h2, %w : tensor<8x32xf32>, tensor<32x32xf32>) outs(%z : tensor<8x32xf32>) -> tensor<8x32xf32>
  %h3 = math.tanh %m3 : tensor<8x32xf32>
  %m4 = linalg.matmul ins(%h3, %w : tensor<8x32xf32>, tensor<32x32xf32>) outs(%z : tensor<8x32xf32>) -> tensor<8x32xf32>
  %h4 = math.tanh %m4 : tensor<8x32xf32>
  %m5 = linalg.matmul ins(%h4, %w : tensor<8x32xf32>, tensor<32x32xf32>) outs(%z : tensor<8x32xf32>) -> tensor<8x32xf32>
  %h5 = math.tanh %m5 : tensor<8x32xf32>
  %s0 = tensor.empty() : tensor<f32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<f32>) -> tensor<f32>
  %red = linalg.reduce ins(%h5 : tensor<8x32xf32>) outs(%sf : tensor<f32>) dimensions = [0, 1]
    (%in: f32, %acc: f32) {
      %t = arith.addf %in, %acc : f32
      linalg.yield %t : f32
    }
  return %red : tensor<f32>
}
func.func @step(%x: tensor<8x32xf32>, %w: tensor<32x32xf32>) -> (tensor<f32>, tensor<32x32xf32>) {
  %l, %dw = ckpt.value_and_grad @net(%x, %w) wrt [1] : (tensor<8x32xf32>, tensor<32x32xf32>) -> (tensor<f32>, tensor<32x32xf32>)
  return %l, %dw : tensor<f32>, tensor<32x32xf32>
}
func.func @net2(%x: tensor<8x32xf32>, %w: tensor<32x32xf32>) -> tensor<f32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<8x32xf32>
  %z = linalg.fill ins(%zero : f32) outs(%e : tensor<8x32xf32>) -> tensor<8x32xf32>
  %m0 = linalg.matmul ins(%x, %w : tensor<8x32xf32>, tensor<32x32xf32>) outs(%z : tensor<8x32xf32>) -> tensor<8x32xf32>
  %h0 = math.tanh %m0 : tensor<8x32xf32>
  %m1 = linalg.matmul ins(%h0, %w : tensor<8x32xf32>, tensor<32x32xf32>) outs(%z : tensor<8x32xf32>) -> tensor<8x32xf32>
  %h1 = math.tanh %m1 : tensor<8x32xf32>
  %m2 = linalg.matmul ins(%h1, %w : tensor<8x32xf32>, tensor<32x32xf32>) outs(%z : tensor<8x32xf32>) -> tensor<8x32xf32>
  %h2 = math.tanh %m2 : tensor<8x32xf32>
  %m3 = linalg.matmul ins(%h2, %w : tensor<8x32xf32>, tensor<32x32xf32>) outs(%z : tensor<8x32xf32>) -> tensor<8x32xf32>
  %h3 = math.tanh %m3 : tensor<8x32xf32>
  %m4 = linalg.matmul ins(%h3, %w : tensor<8x32xf32>, tensor<32x32xf32>) outs(%z : tensor<8x32xf32>) -> tensor<8x32xf32>
  %h4 = math.tanh %m4 : tensor<8x32xf32>
  %m5 = linalg.matmul ins(%h4, %w : tensor<8x32xf32>, tensor<32x32xf32>) outs(%z : tensor<8x32xf32>) -> tensor<8x32xf32>
  %h5 = math.tanh %m5 : tensor<8x32xf32>
  %s0 = tensor.empty() : tensor<f32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<f32>) -> tensor<f32>
  %red = linalg.reduce ins(%h5 : tensor<8x32xf32>) outs(%sf : tensor<f32>) dimensions = [0, 1]
    (%in: f32, %acc: f32) {
      %t = arith.addf %in, %acc : f32
      linalg.yield %t : f32
    }
  return %red : tensor<f32>
}
func.func @step2(%x: tensor<8x32xf32>, %w: tensor<32x32xf32>) -> (tensor<f32>, tensor<32x32xf32>) {
  %l, %dw = ckpt.value_and_grad @net2(%x, %w) wrt [1] : (tensor<8x32xf32>, tensor<32x32xf32>) -> (tensor<f32>, tensor<32x32xf32>)
  return %l, %dw : tensor<f32>, tensor<32x32xf32>
}
