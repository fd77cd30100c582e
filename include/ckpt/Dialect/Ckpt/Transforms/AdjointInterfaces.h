//===- AdjointInterfaces.h - reverse-mode rules of ops ----------*- C++ -*-===//
//
// AdjointOpInterface and ScalarAdjointOpInterface, and the registration of
// ckpt's external models for the upstream dialects it differentiates.
//
//===----------------------------------------------------------------------===//

#ifndef CKPT_DIALECT_CKPT_TRANSFORMS_ADJOINTINTERFACES_H
#define CKPT_DIALECT_CKPT_TRANSFORMS_ADJOINTINTERFACES_H

#include "ckpt/Dialect/Ckpt/Transforms/AdjointEmitter.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/OpDefinition.h"

#include "ckpt/Dialect/Ckpt/Transforms/AdjointInterfaces.h.inc"

namespace mlir::ckpt {

/// Differentiates a scalar op in a function body through its
/// ScalarAdjointOpInterface: reads the result's adjoint, builds the
/// operands' and accumulates them. Fails with a diagnostic at `op` when its
/// result is not a single float or its scalar rule fails.
LogicalResult emitScalarOpAdjoint(autodiff::AdjointEmitter &emitter,
                                  Operation *op);

/// The AdjointOpInterface model of OpTy whose rule is the function `Rule`,
/// e.g. `MyOp::attachInterface<AdjointRuleModel<MyOp, myOpAdjoint>>(ctx)`.
template <typename OpTy,
          LogicalResult (*Rule)(autodiff::AdjointEmitter &, OpTy)>
struct AdjointRuleModel
    : public AdjointOpInterface::ExternalModel<AdjointRuleModel<OpTy, Rule>,
                                               OpTy> {
  LogicalResult emitAdjoint(Operation *op,
                            autodiff::AdjointEmitter &emitter) const {
    return Rule(emitter, cast<OpTy>(op));
  }
};

/// The AdjointOpInterface model of a scalar op that also has a
/// ScalarAdjointOpInterface model: one rule serves function bodies and
/// linalg.generic bodies.
template <typename OpTy>
struct ScalarOpAdjointModel
    : public AdjointOpInterface::ExternalModel<ScalarOpAdjointModel<OpTy>,
                                               OpTy> {
  LogicalResult emitAdjoint(Operation *op,
                            autodiff::AdjointEmitter &emitter) const {
    return emitScalarOpAdjoint(emitter, op);
  }
};

/// The AdjointOpInterface model of an op whose results carry no derivative
/// to its operands (comparisons, constants, float-to-integer casts).
template <typename OpTy>
struct NonDifferentiableAdjointModel
    : public AdjointOpInterface::ExternalModel<
          NonDifferentiableAdjointModel<OpTy>, OpTy> {
  LogicalResult emitAdjoint(Operation *, autodiff::AdjointEmitter &) const {
    return success();
  }
};

/// ckpt's models, one function per dialect.
void registerArithAdjointModels(DialectRegistry &registry);
void registerMathAdjointModels(DialectRegistry &registry);
void registerLinalgAdjointModels(DialectRegistry &registry);
void registerTensorAdjointModels(DialectRegistry &registry);
/// ckpt's own ops: ckpt.random_uniform has no gradient.
void registerCkptAdjointModels(DialectRegistry &registry);

/// All of the above (what registerAllDialects adds).
void registerAdjointInterfaceExternalModels(DialectRegistry &registry);

} // namespace mlir::ckpt

#endif // CKPT_DIALECT_CKPT_TRANSFORMS_ADJOINTINTERFACES_H
