// The system zlib, for the CRC-32 of workbook parts (Debian: zlib1g-dev).
#ifndef SAFERPLAN_SYSTEM_ZLIB_H
#define SAFERPLAN_SYSTEM_ZLIB_H
#include <zlib.h>
#endif
