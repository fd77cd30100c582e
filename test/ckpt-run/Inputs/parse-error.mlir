// A module that does not parse.
func.func @main(%a: tensor<4xf32>) -> tensor<4xf32> {
  %n = arith.negf %a : tensor<4xf33>
  return %n : tensor<4xf32>
}
