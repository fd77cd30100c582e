//===- LowerRandom.h - ckpt.random_uniform as arithmetic ------*- C++ -*-===//
//
// The Philox-4x32-10 stream of ckpt.random_uniform (docs/Random.md), built
// from arith ops, and the patterns that expand the op with it.
//
//===----------------------------------------------------------------------===//

#ifndef CKPT_DIALECT_CKPT_TRANSFORMS_LOWERRANDOM_H
#define CKPT_DIALECT_CKPT_TRANSFORMS_LOWERRANDOM_H

#include "ckpt/Dialect/Ckpt/IR/CkptOps.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/PatternMatch.h"

namespace mlir::ckpt {

/// Builds the value ckpt.random_uniform draws for one element: `seed` and
/// `counter` (= offset + linear index) are i64, `type` is f32 or f64.
Value buildPhiloxUniform(OpBuilder &b, Location loc, Value seed, Value counter,
                         FloatType type);

/// Replaces `op` by a linalg.generic over an empty tensor whose body is
/// buildPhiloxUniform of its linear index; discardable attributes (the min
/// cut's ckpt.recomputed) go to the new ops.
void lowerRandomUniform(RewriterBase &rewriter, RandomUniformOp op);

/// Rewrites every ckpt.random_uniform into a linalg.generic over an empty
/// tensor whose body is buildPhiloxUniform of its linear index.
void populateLowerRandomPatterns(RewritePatternSet &patterns);

} // namespace mlir::ckpt

#endif // CKPT_DIALECT_CKPT_TRANSFORMS_LOWERRANDOM_H
