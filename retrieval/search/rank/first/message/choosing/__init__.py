"""Kind-of-ask rules about choosing the partner: choosing it fairly and openly, whether it must be chosen by open
call, where to find groups to work with."""
