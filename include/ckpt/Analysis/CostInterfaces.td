//===- CostInterfaces.td - per-op FLOP and traffic estimates -*- tablegen -*-===//

#ifndef CKPT_ANALYSIS_COSTINTERFACES_TD
#define CKPT_ANALYSIS_COSTINTERFACES_TD

include "mlir/IR/OpBase.td"

def CostOpInterface : OpInterface<"CostOpInterface"> {
  let description = [{
    What executing an op once costs, for the checkpoint planner's roofline
    estimate of recompute time. ckpt attaches external models to the upstream
    linalg, tensor, arith and math ops; an embedding compiler attaches its own
    to its ops (or replaces ckpt's) the same way.
  }];
  let cppNamespace = "::mlir::ckpt";
  let methods = [
    InterfaceMethod<
      "Floating-point (or integer) operations one execution performs.",
      "int64_t", "getFlops">,
    InterfaceMethod<
      "Bytes one execution reads from and writes to memory.",
      "int64_t", "getBytesMoved">,
  ];
}

#endif // CKPT_ANALYSIS_COSTINTERFACES_TD
