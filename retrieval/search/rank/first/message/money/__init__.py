"""Kind-of-ask rules about the city's money: the rules public money makes indispensable, money a group comes to lean
on, keeping a subsidy transparent and fair."""
