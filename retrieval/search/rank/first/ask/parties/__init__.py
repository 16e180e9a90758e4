"""Kind-of-ask rules about the parties: what 協働 brings them, one party's gains, the gains shared by all, a partner's
capacity, the city's and the groups' strengths and weak points, what groups struggle with, whether a kind of group or
person counts as a partner, whether 協働 changes the city's own staff."""
