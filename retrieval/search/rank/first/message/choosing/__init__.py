"""Kind-of-ask rules about choosing the partner: choosing it fairly and openly, the same partner every time, whether
it must be chosen by open call, 協働 opened to any group that meets the requirements, groups taking part in the city's
bids and tenders, where to find groups to work with, residents who want to volunteer put in touch with groups."""
