# ckpt.fd: central differences of scalar functions of numpy arrays, checked
# against analytic gradients and against a function compiled by ckpt.
# REQUIRES: numpy
# RUN: %python %s | FileCheck %s

import numpy as np

import ckpt
from ckpt import fd

rng = np.random.default_rng(1)
x = rng.standard_normal((3, 4))
w = rng.standard_normal((4, 2))

gx, gw = fd.gradient(lambda x, w: np.sum(np.tanh(x @ w)), [x, w])
dy = 1.0 - np.tanh(x @ w) ** 2
print("x", fd.rel_error(gx, dy @ w.T) < 1e-6)
print("w", fd.rel_error(gw, x.T @ dy) < 1e-6)
# CHECK: x True
# CHECK-NEXT: w True

(gs,) = fd.gradient(lambda s, v: s * s * np.sum(v), [2.0, x], wrt=[0])
print("scalar", abs(gs - 4.0 * np.sum(x)) < 1e-6)
# CHECK-NEXT: scalar True

print("rel", fd.rel_error(np.array([1.0, 2.0]), np.array([1.0, 2.2])) < 0.1,
      fd.rel_error(np.zeros(2), np.zeros(2)))
# CHECK-NEXT: rel True 0.0

try:
    fd.gradient(lambda i: float(np.sum(i)), [np.arange(3)])
except TypeError as e:
    print("int", "floating" in str(e))
# CHECK-NEXT: int True

# Differentiate a function compiled by ckpt: f(v) = sum(exp(v) * v), whose
# gradient is exp(v) * (1 + v).
MODULE = """
func.func @f(%v: tensor<5xf64>) -> tensor<f64> {
  %e = math.exp %v : tensor<5xf64>
  %p = arith.mulf %e, %v : tensor<5xf64>
  %zero = arith.constant 0.0 : f64
  %init = tensor.empty() : tensor<f64>
  %acc = linalg.fill ins(%zero : f64) outs(%init : tensor<f64>) -> tensor<f64>
  %s = linalg.reduce ins(%p : tensor<5xf64>) outs(%acc : tensor<f64>) dimensions = [0]
    (%a: f64, %b: f64) {
      %t = arith.addf %a, %b : f64
      linalg.yield %t : f64
    }
  return %s : tensor<f64>
}
"""
v = rng.uniform(-1, 1, 5)
f = ckpt.compile(MODULE, "f")
(gv,) = fd.gradient(lambda v: float(f(v)[0]), [v], eps=1e-5)
print("compiled", fd.rel_error(gv, np.exp(v) * (1 + v)) < 1e-6)
# CHECK-NEXT: compiled True
