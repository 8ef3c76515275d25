#include "CNcursesw.h"
int sp_dummy(void){return 0;}
