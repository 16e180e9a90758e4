"""Kind-of-ask rules about the city's money: the rules public money makes indispensable, money a group comes to lean
on, volunteers counted on as free labour, keeping a subsidy transparent and fair."""
