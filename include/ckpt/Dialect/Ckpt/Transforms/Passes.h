//===- Passes.h - ckpt transformation passes --------------------*- C++ -*-===//

#ifndef CKPT_DIALECT_CKPT_TRANSFORMS_PASSES_H
#define CKPT_DIALECT_CKPT_TRANSFORMS_PASSES_H

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

namespace mlir::ckpt {

/// Name of the attribute `--ckpt-record-signature` puts on every public
/// func.func definition: a TypeAttr holding its tensor-level FunctionType. It
/// survives lowering to llvm.func, so that a runner given an already lowered
/// module can check its inputs' shapes and dtypes against it.
constexpr llvm::StringLiteral kSignatureAttrName = "ckpt.signature";

/// The low-precision float type of `--ckpt-mixed-precision`.
enum class LowPrecision { BF16, F16 };

/// How `--ckpt-microbatch` combines the micro-batch results.
enum class MicrobatchReduction { Mean, Sum };

#define GEN_PASS_DECL
#include "ckpt/Dialect/Ckpt/Transforms/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "ckpt/Dialect/Ckpt/Transforms/Passes.h.inc"

} // namespace mlir::ckpt

#endif // CKPT_DIALECT_CKPT_TRANSFORMS_PASSES_H
