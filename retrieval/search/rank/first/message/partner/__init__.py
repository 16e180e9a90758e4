"""Kind-of-ask rules about working with the partner: choosing it fairly, what 対等 means, procedures one side does not
understand, an aim shared but a way not, sharing information, a mishap, turning a proposal down, the complaint of
the city's 縦割り."""
