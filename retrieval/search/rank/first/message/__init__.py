"""Kind-of-ask rules read from the whole message, its situation included (MarkedAsk's `setting`): a rushed project,
public money, a mishap, evaluating alone, an aim shared but a way not, procedures not understood, a partnership
agreement, money leaned on, an agreement in writing."""
