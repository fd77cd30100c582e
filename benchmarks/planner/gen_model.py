#!/usr/bin/env python3
"""Writes a training-step module for planner benchmarks: a chain of N tanh
layers, or a DAG where every other layer adds a skip connection."""
import argparse


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--layers", type=int, default=1000)
    p.add_argument("--size", type=int, default=64)
    p.add_argument("--dag", action="store_true")
    a = p.parse_args()
    t = f"tensor<{a.size}xf32>"
    out = [f"func.func @net(%x: {t}) -> tensor<f32> {{"]
    prev, skip = "%x", "%x"
    for i in range(a.layers):
        out.append(f"  %h{i} = math.tanh {prev} : {t}")
        prev = f"%h{i}"
        if a.dag and i % 2 == 1:
            out.append(f"  %s{i} = arith.addf {prev}, {skip} : {t}")
            prev = skip = f"%s{i}"
    out.append(f"""  %z = arith.constant 0.0 : f32
  %s0 = tensor.empty() : tensor<f32>
  %sf = linalg.fill ins(%z : f32) outs(%s0 : tensor<f32>) -> tensor<f32>
  %red = linalg.reduce ins({prev} : {t}) outs(%sf : tensor<f32>) dimensions = [0]
    (%in: f32, %acc: f32) {{ %t2 = arith.addf %in, %acc : f32
      linalg.yield %t2 : f32 }}
  return %red : tensor<f32>
}}
func.func @step(%x: {t}) -> (tensor<f32>, {t}) {{
  %l, %dx = ckpt.value_and_grad @net(%x) wrt [0] : ({t}) -> (tensor<f32>, {t})
  return %l, %dx : tensor<f32>, {t}
}}""")
    print("\n".join(out))


if __name__ == "__main__":
    main()
