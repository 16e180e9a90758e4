"""Kind-of-ask rules about working with the partner once chosen: what 対等 means, the city deciding alone, procedures
one side does not understand, an aim shared but a way not, sharing information and what is published, a mishap,
turning a proposal down, the complaint of the city's 縦割り, how staff coordinate across departments, what the staff
of ward offices are expected to do, a group the city never calls on."""
