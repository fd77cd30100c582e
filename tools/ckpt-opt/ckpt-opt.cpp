//===- ckpt-opt.cpp - ckpt's mlir-opt -------------------------------------===//

#include "ckpt/InitAll.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"

int main(int argc, char **argv) {
  mlir::DialectRegistry registry;
  mlir::ckpt::registerAllDialects(registry);
  mlir::ckpt::registerAllPasses();
  return mlir::asMainReturnCode(mlir::MlirOptMain(
      argc, argv, "ckpt optimizer driver: gradient checkpointing on MLIR\n",
      registry));
}
