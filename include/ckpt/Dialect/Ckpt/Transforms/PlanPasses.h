//===- PlanPasses.h - checkpoint planning passes ----------------*- C++ -*-===//

#ifndef CKPT_DIALECT_CKPT_TRANSFORMS_PLANPASSES_H
#define CKPT_DIALECT_CKPT_TRANSFORMS_PLANPASSES_H

#include "ckpt/Dialect/Ckpt/IR/CkptDialect.h"
#include "ckpt/Dialect/Ckpt/Transforms/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlow.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

namespace mlir::ckpt {

/// `strategy=` of --ckpt-plan.
enum class PlanStrategy { Optimal, Sqrt, Uniform, Given };
/// `solver=` of --ckpt-plan (with strategy=optimal).
enum class PlanSolver { Auto, Chain, Graph };
/// `target=` of --ckpt-plan: the roofline of the time estimates (and which
/// allocator the exact memory prediction assumes).
enum class PlanTarget { CPU, SM90 };

/// The option spellings: "optimal", "sqrt", ...; "cpu", "sm_90".
StringRef stringifyPlanStrategy(PlanStrategy strategy);
StringRef stringifyPlanTarget(PlanTarget target);

#define GEN_PASS_DECL
#include "ckpt/Dialect/Ckpt/Transforms/PlanPasses.h.inc"

#define GEN_PASS_REGISTRATION
#include "ckpt/Dialect/Ckpt/Transforms/PlanPasses.h.inc"

/// The JSON report (the text `report=<file>` writes) of the last run of
/// `pass` if it is a ckpt-plan pass, else null. Lets an embedder (the
/// Python package) read the report in-process, e.g. from a
/// PassInstrumentation's runAfterPass, whatever `report=` says.
const std::string *getPlanReport(const Pass &pass);

} // namespace mlir::ckpt

#endif // CKPT_DIALECT_CKPT_TRANSFORMS_PLANPASSES_H
