/* mappingproxy.h: read-only views of mappings (C.__dict__). */
#ifndef SL_MAPPINGPROXY_H
#define SL_MAPPINGPROXY_H

#include "object.h"

extern SlType sl_mappingproxy_type;

/* A new mappingproxy over mapping (borrowed; the proxy keeps a reference). */
SlValue sl_mappingproxy_new(SlVM *vm, SlValue mapping);

#endif
