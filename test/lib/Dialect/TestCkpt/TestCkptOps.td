//===- TestCkptOps.td - ops of the test_ckpt dialect -----*- tablegen -*-===//
//
// Ops that ckpt knows nothing about. Their adjoint, cost and bufferization
// (memory) models are attached from TestCkptModels.cpp, as an embedding
// compiler would attach them to its own ops.
//
//===----------------------------------------------------------------------===//

#ifndef CKPT_TEST_LIB_DIALECT_TESTCKPT_TESTCKPTOPS_TD
#define CKPT_TEST_LIB_DIALECT_TESTCKPT_TESTCKPTOPS_TD

include "mlir/IR/OpBase.td"
include "mlir/Interfaces/InferTypeOpInterface.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

def TestCkpt_Dialect : Dialect {
  let name = "test_ckpt";
  let summary = "Ops that exercise ckpt's extension points in tests";
  let cppNamespace = "::mlir::ckpt::test";
}

class TestCkpt_Op<string mnemonic, list<Trait> traits = []>
    : Op<TestCkpt_Dialect, mnemonic, traits>;

def TestCkpt_SoftplusOp
    : TestCkpt_Op<"softplus", [Pure, SameOperandsAndResultType]> {
  let summary = "log(1 + exp(x)) of every element of a tensor";
  let description = [{
    A tensor op without ElementwiseMappable, so that the autodiff engine
    meets it as it is (not as a linalg.generic) and calls its
    AdjointOpInterface model.

    ```mlir
    %y = test_ckpt.softplus %x : tensor<4x16xf64>
    ```
  }];
  let arguments = (ins RankedTensorOf<[AnyFloat]>:$input);
  let results = (outs RankedTensorOf<[AnyFloat]>:$result);
  let assemblyFormat = "$input attr-dict `:` type($input)";
}

def TestCkpt_CubeOp : TestCkpt_Op<"cube", [Pure, SameOperandsAndResultType]> {
  let summary = "x * x * x of a scalar float";
  let description = [{
    A scalar op for linalg.generic bodies: the generic rule differentiates
    it through its ScalarAdjointOpInterface model.

    ```mlir
    %c = test_ckpt.cube %t : f64
    ```
  }];
  let arguments = (ins AnyFloat:$input);
  let results = (outs AnyFloat:$result);
  let assemblyFormat = "$input attr-dict `:` type($input)";
}

#endif // CKPT_TEST_LIB_DIALECT_TESTCKPT_TESTCKPTOPS_TD
