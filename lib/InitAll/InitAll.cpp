//===- InitAll.cpp - one registration point for ckpt ----------------------===//

#include "ckpt/InitAll.h"
#include "ckpt/Conversion/Passes.h"
#include "ckpt/Dialect/Ckpt/IR/CkptDialect.h"
#include "ckpt/Dialect/Ckpt/Transforms/AdjointInterfaces.h"
#include "ckpt/Dialect/Ckpt/Transforms/Passes.h"
#include "ckpt/Dialect/Ckpt/Transforms/PlanPasses.h"
#include "ckpt/Pipelines/Pipelines.h"

#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/InitAllPasses.h"
#include "mlir/Target/LLVMIR/Dialect/All.h"

#include <mutex>

void mlir::ckpt::registerAllDialects(DialectRegistry &registry) {
  registry.insert<CkptDialect>();
  // Pipelines go through bufferization, GPU outlining and NVVM
  // serialization: every upstream dialect and extension keeps that simple.
  mlir::registerAllDialects(registry);
  mlir::registerAllExtensions(registry);
  mlir::registerAllToLLVMIRTranslations(registry);
  mlir::registerAllGPUToLLVMIRTranslations(registry);
  // What --ckpt-autodiff can differentiate: ckpt's adjoint rules for the
  // arith, math, linalg and tensor ops.
  registerAdjointInterfaceExternalModels(registry);
}

void mlir::ckpt::registerAllPasses() {
  // A pipeline registered twice is a fatal error, and hosts (a tool, the C
  // API, the Python package in one process) may each call this.
  static std::once_flag once;
  std::call_once(once, [] {
    mlir::registerAllPasses();
    registerCkptPasses();
    registerCkptPlanPasses();
    registerCkptPipelines();
    registerCkptConversionPasses();
    registerLowerToNVVMPipeline();
  });
}
