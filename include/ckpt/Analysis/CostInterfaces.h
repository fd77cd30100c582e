//===- CostInterfaces.h - per-op FLOP and traffic estimates -----*- C++ -*-===//

#ifndef CKPT_ANALYSIS_COSTINTERFACES_H
#define CKPT_ANALYSIS_COSTINTERFACES_H

#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/OpDefinition.h"

#include "ckpt/Analysis/CostInterfaces.h.inc"

namespace mlir::ckpt {

/// Attaches CostOpInterface models to linalg structured ops (iteration space
/// times body ops), tensor ops (data movement only) and elementwise arith and
/// math ops.
void registerCostInterfaceExternalModels(DialectRegistry &registry);

} // namespace mlir::ckpt

#endif // CKPT_ANALYSIS_COSTINTERFACES_H
