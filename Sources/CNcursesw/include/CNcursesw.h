int sp_dummy(void);
