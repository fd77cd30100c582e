//===- TestCkptDialect.h - the test_ckpt dialect ----------------*- C++ -*-===//

#ifndef CKPT_TEST_LIB_DIALECT_TESTCKPT_TESTCKPTDIALECT_H
#define CKPT_TEST_LIB_DIALECT_TESTCKPT_TESTCKPTDIALECT_H

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/Dialect.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include "TestCkptOpsDialect.h.inc"

#define GET_OP_CLASSES
#include "TestCkptOps.h.inc"

namespace mlir::ckpt::test {

/// The dialect and the models that make its ops differentiable, plannable
/// and bufferizable: what ckpt-test-opt adds to ckpt's registry.
void registerTestCkptDialect(DialectRegistry &registry);

/// `--test-ckpt-lower`: rewrites test_ckpt ops into linalg and arith, so
/// that the ckpt package and ckpt-run (which do not know the dialect) can
/// execute the result.
void registerTestCkptPasses();

/// softplus(x) = log(1 + exp(x)) of the scalar `x`.
Value buildSoftplus(OpBuilder &b, Location loc, Value x);

/// x * x * x of the scalar `x`.
Value buildCube(OpBuilder &b, Location loc, Value x);

} // namespace mlir::ckpt::test

#endif // CKPT_TEST_LIB_DIALECT_TESTCKPT_TESTCKPTDIALECT_H
