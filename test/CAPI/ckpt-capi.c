/* The C API end to end: a C program, built by lit with the build's C
 * compiler (clang-22) against the build tree's libCkptCAPI.so, registers
 * ckpt, parses a module with a ckpt.value_and_grad, runs ckpt-plan and ckpt-autodiff through MLIR's C
 * pass manager by pipeline text and prints the result, which must be what
 * ckpt-opt prints for the same pipeline.
 *
 * The sanitizer build (make check-sanitize) builds the tools only, not
 * libCkptCAPI, and a host program without the sanitizer runtime could not
 * load it anyway.
 * UNSUPPORTED: sanitize
 *
 * RUN: %cc -std=c11 -Wall -Werror %s -I%ckpt_src/include %mlir_includes \
 * RUN:   -L%ckpt_lib -lCkptCAPI -Wl,-rpath,%ckpt_lib -o %t.exe
 * RUN: %t.exe %S/../Embedding/Inputs/step.mlir \
 * RUN:   "builtin.module(ckpt-plan{memory-budget=11500},ckpt-autodiff)" \
 * RUN:   > %t.capi.mlir 2> %t.capi.err
 * RUN: ckpt-opt %S/../Embedding/Inputs/step.mlir \
 * RUN:   --pass-pipeline="builtin.module(ckpt-plan{memory-budget=11500},ckpt-autodiff)" \
 * RUN:   > %t.opt.mlir
 * RUN: diff %t.capi.mlir %t.opt.mlir
 * RUN: FileCheck %s < %t.capi.mlir
 * RUN: FileCheck %s --check-prefix=HANDLE < %t.capi.err
 * RUN: not %t.exe %S/../Embedding/Inputs/step.mlir \
 * RUN:   "builtin.module(ckpt-plan{strategy=revolve})" 2>&1 \
 * RUN:   | FileCheck %s --check-prefix=BADOPTION
 * RUN: not %t.exe %S/../Embedding/Inputs/step.mlir \
 * RUN:   "builtin.module(ckpt-plan{memory-budget=100},ckpt-autodiff)" 2>&1 \
 * RUN:   | FileCheck %s --check-prefix=INFEASIBLE
 * RUN: not %t.exe %S/missing.mlir "builtin.module(ckpt-autodiff)" 2>&1 \
 * RUN:   | FileCheck %s --check-prefix=MISSING
 *
 * The plan wrapped regions, and autodiff expanded the value_and_grad:
 * CHECK-LABEL: func.func @net(
 * CHECK: ckpt.checkpoint
 * CHECK-LABEL: func.func @step(
 * CHECK-NOT: ckpt.value_and_grad
 * CHECK: call @__grad_net_wrt_1(
 *
 * HANDLE: ckpt-capi: mlirGetDialectHandle__ckpt__() names 'ckpt', loaded
 * BADOPTION: ckpt-plan: unknown strategy 'revolve': expected optimal, sqrt, uniform or given
 * BADOPTION: ckpt-capi: bad pipeline
 * INFEASIBLE: error: ckpt-plan: memory budget of 100 bytes is infeasible for @net
 * INFEASIBLE: ckpt-capi: the pipeline failed
 * MISSING: ckpt-capi: cannot read '{{.*}}missing.mlir'
 */

#include "ckpt-c/Ckpt.h"
#include "mlir-c/IR.h"
#include "mlir-c/Pass.h"

#include <stdio.h>
#include <stdlib.h>

static void printTo(MlirStringRef text, void *stream) {
  fwrite(text.data, 1, text.length, (FILE *)stream);
}

static char *readFile(const char *path) {
  FILE *file = fopen(path, "rb");
  if (!file)
    return NULL;
  fseek(file, 0, SEEK_END);
  long size = ftell(file);
  fseek(file, 0, SEEK_SET);
  char *text = malloc(size + 1);
  if (fread(text, 1, size, file) != (size_t)size) {
    free(text);
    fclose(file);
    return NULL;
  }
  text[size] = 0;
  fclose(file);
  return text;
}

int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: %s FILE.mlir PIPELINE\n", argv[0]);
    return 2;
  }
  char *source = readFile(argv[1]);
  if (!source) {
    fprintf(stderr, "ckpt-capi: cannot read '%s'\n", argv[1]);
    return 1;
  }

  MlirDialectRegistry registry = mlirDialectRegistryCreate();
  ckptRegisterAllDialects(registry);
  MlirContext context = mlirContextCreateWithRegistry(registry, false);
  mlirDialectRegistryDestroy(registry);
  ckptRegisterAllPasses();
  ckptRegisterAllPasses(); /* a second call is harmless */

  MlirDialectHandle ckpt = mlirGetDialectHandle__ckpt__();
  MlirStringRef ns = mlirDialectHandleGetNamespace(ckpt);
  MlirDialect loaded = mlirDialectHandleLoadDialect(ckpt, context);
  fprintf(stderr, "ckpt-capi: mlirGetDialectHandle__ckpt__() names '%.*s'%s\n",
          (int)ns.length, ns.data,
          mlirDialectIsNull(loaded) ? ", not loaded" : ", loaded");

  int status = 1;
  MlirModule module =
      mlirModuleCreateParse(context, mlirStringRefCreateFromCString(source));
  if (mlirModuleIsNull(module)) {
    fprintf(stderr, "ckpt-capi: cannot parse '%s'\n", argv[1]);
    goto done;
  }
  MlirPassManager pm = mlirPassManagerCreate(context);
  MlirOpPassManager opm = mlirPassManagerGetAsOpPassManager(pm);
  if (mlirLogicalResultIsFailure(mlirParsePassPipeline(
          opm, mlirStringRefCreateFromCString(argv[2]), printTo, stderr))) {
    fprintf(stderr, "\nckpt-capi: bad pipeline '%s'\n", argv[2]);
  } else if (mlirLogicalResultIsFailure(
                 mlirPassManagerRunOnOp(pm, mlirModuleGetOperation(module)))) {
    fprintf(stderr, "ckpt-capi: the pipeline failed\n");
  } else {
    mlirOperationPrint(mlirModuleGetOperation(module), printTo, stdout);
    printf("\n");
    status = 0;
  }
  mlirPassManagerDestroy(pm);
  mlirModuleDestroy(module);
done:
  mlirContextDestroy(context);
  free(source);
  return status;
}
