"""The passage a question wants first when what it asks names one: a section's heading it quotes (quoted_heading), or a
saying a passage quotes too (quoted_saying), or — after the kind-of-ask rules — a term only one or two passages bracket
(quoted_term); read from the asking sentences (first/ask/), a figure (figure_ask), one party's gains (beneficiary_ask),
the gains shared by all (common_effect_ask), what was done so far (history_ask), why a guideline was written
(purpose_ask), whether 協働 is an end or a means (means_ask), examples of 協働 under way now (example_ask), why 協働 itself is
needed, asked or reported as put to the asker (necessity_ask), what 協働 brings, asked in English (effects_ask), the steps
a project goes through, or how to carry on once the evaluation is told done (steps_ask), how to judge a partner's
capacity or what a group must have to be one (capacity_ask), what staff should keep in mind as staff
(staff_attitudes_ask), whether 協働 changes the city's own staff or what it gains them (staff_change_ask), how to judge
whether a project suits 協働 (suitability_ask), whether a kind of group or person counts as a partner (partner_kind_ask),
what groups struggle with, or a group whose work falls on a few (group_troubles_ask), where 支援 ends and 協働 begins, or a
message telling that either is in question (support_or_kyodo_ask), a body carrying 協働 across the departments
(internal_body_ask), a place for a group's meeting or flyers (meeting_space_ask), whether residents know the word 協働,
asked or told before how to spread it (word_known_ask), what follows 大阪市's basic edition (next_edition_ask), how to
choose a form of 協働 (form_choice_ask), what groups look for in a partner (partner_wants_ask), at what stage to bring a
group in, or a message telling it is to come in once the plan is settled (stage_ask), 千葉県's two bodies for 協働
(chiba_bodies_ask), standing above the partner (hierarchy_ask), the city's and the groups' strengths and weak points
(characteristics_ask), what groups bring that the city lacks (group_strengths_ask), why more people volunteer and give
(volunteering_rise_ask), what the survey of the city's own staff found (staff_survey_ask), a scheme for groups to
propose projects to the city (proposal_scheme_ask); read from the whole message, its situation included
(first/message/), whether a rushed or fixed project suits 協働 (rushed_ask), the rules public money makes indispensable
(public_money_ask), how to respond when something has gone wrong (trouble_ask), whether one side may evaluate alone, or
a message telling one did (one_sided_evaluation), an aim shared but a way not, or an agreement later read otherwise
(methods_ask), procedures one side does not understand (understanding_ask), a partnership agreement (agreement_ask),
money a group comes to lean on (dependence_ask), volunteers counted on as free labour (free_labour_ask), whether an
agreement must be in writing, or the partners' meeting called or made a 実行委員会 (written_agreement_ask), whether the city
may write the specification alone or choose by price (specification_ask), whether a form, a subsidy given and nothing
more, or every dealing with a group alone makes 協働 (form_alone_ask), whether 対等 means an even split or rules out a small
partner (equal_footing_ask), groups' complaint of the city's 縦割り (silo_ask), a group the city never calls on and what it
lacks (uncalled_group_ask), how staff move when a project reaches other departments (coordinating_ask), what to do once
a project has ended (after_the_end_ask), keeping a subsidy transparent and fair (subsidy_fairness_ask), choosing a
partner fairly, or a message telling others object to the same partner every time (fair_choice_ask), whether a partner
must be chosen by open call (open_call_ask), 協働 opened to any group (open_door_ask), groups taking part in the city's
bids and tenders (entry_ask), residents who want to volunteer put in touch with groups (volunteer_matching_ask),
residents or the council not seeing what 協働 brought (unseen_effect_ask), when or how far to settle who does what, what
to settle before a project starts, or a message telling whose part it is unclear (roles_ask), how far a project's
information is to be made public (disclosure_ask), a check sheet, or 小平市's checklist (check_sheet_ask), whether 協働 must
be considered whenever a project is planned or reviewed (considering_ask), which projects had better not be done as 協働
(unsuited_ask), a manual for going about 協働 (manual_ask), how having a group do what the city decided differs from
working it out together (outsourcing_or_together_ask), turning a group's proposal down (saying_no_ask), sharing
information with a partner (information_sharing_ask), a group already doing what the city means to start
(forerunner_ask), help given without money asked as 協働 (lending_ask), the city deciding everything itself
(deciding_alone_ask), whether the city pays a project's costs itself or hands funds to the partner (spending_ask), what
the staff of ward offices and community centres are expected to do (local_office_staff_ask), publishing the staff's
volunteering or the city's projects to residents (city_publicity_ask), the objection that 協働 only adds work
(more_work_ask). The reranker sees such questions seldom and ranks them by their words, which stand in many passages;
each rule finds the kind of passage the ask names among those ranked nearest the top — or, for a message rule whose
setting is particular enough (MarkedAsk.WHOLE_ORDER), among all the question matches — and puts it first. Last, a
summary table that would go first gives way to the section it restates (summary_table)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import partial
from typing import NamedTuple

import numpy as np

from retrieval.search.question.analyzer import normalize_text, written_in_english
from retrieval.search.question.query import Query
from retrieval.search.rank.first.ask.kyodo.case_collection_ask import CaseCollectionAsks
from retrieval.search.rank.first.ask.kyodo.considering_ask import ConsideringAsks
from retrieval.search.rank.first.ask.kyodo.example_ask import ExampleAsks
from retrieval.search.rank.first.ask.kyodo.form_choice_ask import FormChoiceAsks
from retrieval.search.rank.first.ask.kyodo.manual_ask import ManualAsks
from retrieval.search.rank.first.ask.kyodo.means_ask import MeansAsks
from retrieval.search.rank.first.ask.kyodo.necessity_ask import NecessityAsks, NecessityMessages
from retrieval.search.rank.first.ask.kyodo.outsourcing_or_together_ask import OutsourcingOrTogetherAsks
from retrieval.search.rank.first.ask.kyodo.proposal_scheme_ask import ProposalSchemeAsks
from retrieval.search.rank.first.ask.kyodo.roles_ask import BeforeStartAsks, RolesAsks, UnclearRolesMessages
from retrieval.search.rank.first.ask.kyodo.stage_ask import LateInvolvementAsks, StageAsks
from retrieval.search.rank.first.ask.kyodo.steps_ask import StepsAsks, StepsMessages
from retrieval.search.rank.first.ask.kyodo.suitability_ask import SuitabilityAsks
from retrieval.search.rank.first.ask.kyodo.support_or_kyodo_ask import SupportOrKyodoAsks, SupportOrKyodoMessages
from retrieval.search.rank.first.ask.kyodo.unsuited_ask import UnsuitedAsks
from retrieval.search.rank.first.ask.parties.beneficiary_ask import BeneficiaryAsks
from retrieval.search.rank.first.ask.parties.capacity_ask import (
    CapacityAsks,
    PartnerConditionsAsks,
    PartnerFinancesAsks,
)
from retrieval.search.rank.first.ask.parties.characteristics_ask import CharacteristicsAsks
from retrieval.search.rank.first.ask.parties.common_effect_ask import CommonEffectAsks
from retrieval.search.rank.first.ask.parties.effects_ask import EffectsAsks
from retrieval.search.rank.first.ask.parties.group_strengths_ask import GroupStrengthsAsks
from retrieval.search.rank.first.ask.parties.group_troubles_ask import GroupTroublesAsks, WorkOnAFewAsks
from retrieval.search.rank.first.ask.parties.hierarchy_ask import HierarchyAsks
from retrieval.search.rank.first.ask.parties.partner_kind_ask import PartnerKindAsks
from retrieval.search.rank.first.ask.parties.partner_wants_ask import PartnerWantsAsks
from retrieval.search.rank.first.ask.parties.staff_attitudes_ask import StaffAttitudesAsks
from retrieval.search.rank.first.ask.parties.staff_change_ask import StaffChangeAsks
from retrieval.search.rank.first.ask.records.check_sheet_ask import CheckSheetAsks
from retrieval.search.rank.first.ask.records.chiba_bodies_ask import (
    BothBodiesAsks,
    PrefecturalConsultationAsks,
    PrefecturalCouncilAsks,
    PromotionOfficerAsks,
)
from retrieval.search.rank.first.ask.records.figure_ask import FigureAsks
from retrieval.search.rank.first.ask.records.history_ask import HistoryAsks
from retrieval.search.rank.first.ask.records.internal_body_ask import InternalBodyAsks
from retrieval.search.rank.first.ask.records.meeting_space_ask import MeetingSpaceAsks, MeetingSpaceMessages
from retrieval.search.rank.first.ask.records.next_edition_ask import NextEditionAsks
from retrieval.search.rank.first.ask.records.purpose_ask import PurposeAsks
from retrieval.search.rank.first.ask.records.staff_survey_ask import StaffSurveyAsks
from retrieval.search.rank.first.ask.records.volunteering_rise_ask import VolunteeringRiseAsks
from retrieval.search.rank.first.ask.records.word_known_ask import WordKnownAsks, WordKnownMessages
from retrieval.search.rank.first.marked import MarkedAsk, wide
from retrieval.search.rank.first.message.choosing.entry_ask import GroupsEnteringAsks
from retrieval.search.rank.first.message.choosing.fair_choice_ask import FairChoiceAsks, SamePartnerMessages
from retrieval.search.rank.first.message.choosing.finding_groups_ask import FindingGroupsAsks
from retrieval.search.rank.first.message.choosing.open_call_ask import OpenCallAsks
from retrieval.search.rank.first.message.choosing.open_door_ask import OpenDoorAsks
from retrieval.search.rank.first.message.choosing.volunteer_matching_ask import VolunteerMatchingAsks
from retrieval.search.rank.first.message.money.dependence_ask import DependenceAsks
from retrieval.search.rank.first.message.money.free_labour_ask import FreeLabourAsks
from retrieval.search.rank.first.message.money.public_money_ask import PublicMoneyAsks
from retrieval.search.rank.first.message.money.spending_ask import SpendingAsks
from retrieval.search.rank.first.message.money.subsidy_fairness_ask import SubsidyFairnessAsks
from retrieval.search.rank.first.message.partner.city_publicity_ask import CityPublicityAsks
from retrieval.search.rank.first.message.partner.coordinating_ask import CoordinatingAsks
from retrieval.search.rank.first.message.partner.deciding_alone_ask import DecidingAloneAsks
from retrieval.search.rank.first.message.partner.disclosure_ask import DisclosureAsks
from retrieval.search.rank.first.message.partner.equal_footing_ask import (
    EvenSplitAsks,
    SmallPartnerAsks,
    UnevenResourcesAsks,
)
from retrieval.search.rank.first.message.partner.information_sharing_ask import InformationSharingAsks
from retrieval.search.rank.first.message.partner.local_office_staff_ask import LocalOfficeStaffAsks
from retrieval.search.rank.first.message.partner.methods_ask import InterpretationMessages, MethodsAsks
from retrieval.search.rank.first.message.partner.more_work_ask import MoreWorkMessages
from retrieval.search.rank.first.message.partner.saying_no_ask import SayingNoAsks
from retrieval.search.rank.first.message.partner.silo_ask import SiloAsks
from retrieval.search.rank.first.message.partner.trouble_ask import TroubleAsks
from retrieval.search.rank.first.message.partner.uncalled_group_ask import UncalledGroupMessages
from retrieval.search.rank.first.message.partner.understanding_ask import UnderstandingAsks
from retrieval.search.rank.first.message.project.after_the_end_ask import AfterTheEndAsks
from retrieval.search.rank.first.message.project.agreement_ask import AgreementAsks
from retrieval.search.rank.first.message.project.forerunner_ask import ForerunnerAsks
from retrieval.search.rank.first.message.project.form_alone_ask import (
    EveryDealingAsks,
    FormAloneAsks,
    SubsidyAloneAsks,
)
from retrieval.search.rank.first.message.project.lending_ask import LendingAsks
from retrieval.search.rank.first.message.project.one_sided_evaluation import (
    OneSidedEvaluationMessages,
    OneSidedEvaluations,
)
from retrieval.search.rank.first.message.project.rushed_ask import RushedAsks
from retrieval.search.rank.first.message.project.specification_ask import SpecificationAsks
from retrieval.search.rank.first.message.project.unseen_effect_ask import UnseenEffectAsks
from retrieval.search.rank.first.message.project.written_agreement_ask import MeetingNameAsks, WrittenAgreementAsks
from retrieval.search.rank.first.quoted_heading import QuotedHeadings
from retrieval.search.rank.first.quoted_saying import QuotedSayings
from retrieval.search.rank.first.quoted_term import QuotedTerms
from retrieval.search.rank.first.summary_table import SummaryTables
from retrieval.search.rank.passages import Passage

# tried in this order, after the figure and beneficiary rules: the first to find its passage decides
MARKED_ASKS: tuple[type[MarkedAsk], ...] = (
    HistoryAsks, PurposeAsks, MeansAsks, CaseCollectionAsks, ExampleAsks, RushedAsks, PublicMoneyAsks, TroubleAsks,
    OneSidedEvaluations, StepsAsks, StepsMessages, CapacityAsks, PartnerConditionsAsks, SuitabilityAsks, PartnerKindAsks,
    GroupTroublesAsks, WorkOnAFewAsks, SupportOrKyodoAsks, SupportOrKyodoMessages, InternalBodyAsks, MeetingSpaceAsks,
    WordKnownAsks, WordKnownMessages, CharacteristicsAsks, GroupStrengthsAsks, NextEditionAsks, FormChoiceAsks,
    PartnerWantsAsks, StageAsks, PromotionOfficerAsks, PrefecturalCouncilAsks, BothBodiesAsks, HierarchyAsks, MethodsAsks,
    UnderstandingAsks, AgreementAsks, FormAloneAsks, SubsidyAloneAsks, DependenceAsks, FreeLabourAsks,
    WrittenAgreementAsks, SpecificationAsks, EveryDealingAsks, EvenSplitAsks, SmallPartnerAsks, UnevenResourcesAsks,
    SiloAsks, CoordinatingAsks, AfterTheEndAsks, SubsidyFairnessAsks, FairChoiceAsks, SayingNoAsks,
    InformationSharingAsks, VolunteeringRiseAsks, ForerunnerAsks, OneSidedEvaluationMessages, LendingAsks,
    DecidingAloneAsks, SpendingAsks, LocalOfficeStaffAsks, StaffSurveyAsks, CityPublicityAsks, LateInvolvementAsks,
    StaffChangeAsks, StaffAttitudesAsks, ProposalSchemeAsks, OpenCallAsks, UnseenEffectAsks, RolesAsks, DisclosureAsks,
    CheckSheetAsks, ConsideringAsks, UnsuitedAsks, ManualAsks, OutsourcingOrTogetherAsks, FindingGroupsAsks,
    PartnerFinancesAsks, MeetingSpaceMessages, PrefecturalConsultationAsks, BeforeStartAsks, EffectsAsks,
    NecessityAsks, NecessityMessages, MoreWorkMessages, InterpretationMessages, GroupsEnteringAsks,
    UncalledGroupMessages, VolunteerMatchingAsks, CommonEffectAsks, OpenDoorAsks, UnclearRolesMessages, MeetingNameAsks,
    SamePartnerMessages)


def marked_asks(texts: Sequence[str], own_headings: Sequence[str], window: int) -> tuple[MarkedAsk, ...]:
    """The kind-of-ask rules of MARKED_ASKS, in order, each reading the passages' normalized `texts` or, if it reads
    headings, their `own_headings`."""
    return tuple(rule(own_headings if rule.READS_HEADINGS else texts, window) for rule in MARKED_ASKS)


class FirstRules:
    """Which passage, if any, goes first for a question, by the kind of thing it asks."""

    def __init__(self, passages: Sequence[Passage], passages_of_section: Mapping[tuple[str, str], list[int]],
                 docs: np.ndarray, headings: Sequence[tuple[str, str, str]], window: int, saying_alike: float,
                 english_window: int) -> None:
        """`passages_of_section`: (guideline id, section id) -> its passages' indexes; `docs`: each passage's guideline
        id (the engine's own); `headings`: each section's guideline id, section id and own heading; `window`: how near
        the top (in passages) a passage must already stand to be put first — `english_window` for a question written in
        English; `saying_alike`: see QuotedSayings. One party's gains (BeneficiaryAsks) are looked for as a WIDE rule's
        are."""
        self._passages_of_section = passages_of_section
        self._docs = docs
        self._english_window = english_window
        self._quoted_headings = QuotedHeadings(headings)
        texts = [normalize_text(p.text) for p in passages]
        own_headings = [p.section.heading for p in passages]
        self._quoted_sayings = QuotedSayings(texts, window, saying_alike)
        self._quoted_terms = QuotedTerms(texts)
        self._figure_asks = FigureAsks(texts, window)
        self._beneficiary_asks = BeneficiaryAsks(own_headings, wide(window))
        self._marked_asks = marked_asks(texts, own_headings, window)
        self._summary_tables = SummaryTables([p.section.path for p in passages], docs, window)

    def first(self, query: Query, order: np.ndarray, named: set[str]) -> FirstChoice | None:
        """The passage to put first: the best of the section whose heading the question quotes, or else what the
        first kind-of-ask rule to find one chooses. `order`: the passages' order so far; `named`: the guidelines the
        question names. Naming one, it gets that guideline's passages first anyway (engine._ranked_hits): the rules
        look at its passages alone, all of them, since a guideline holds one or two of each kind."""
        section = self._quoted_headings.named(" ".join(query.asks))
        if section is not None and self._passages_of_section.get(section):
            return FirstChoice(max(self._passages_of_section[section], key=order.__getitem__))
        window = None
        if len(named) == 1:
            order = np.where(self._docs == next(iter(named)), order, 0.0)
            window = len(order)
        elif written_in_english(query.text):
            window = self._english_window
        # each rule, and where in the passage it chose the words it went by begin
        rules: list[tuple[Callable[[], int | None], Callable[[int], int | None]]] = [
            (lambda: self._quoted_sayings.first(query.analysis, order, window),
             lambda i: self._quoted_sayings.where(i, query.analysis)),
            (lambda: self._figure_asks.first(query.asks, order, window), self._figure_asks.where),
            (lambda: self._beneficiary_asks.first(query.asks, order, window), _nowhere),
            *((partial(rule.first, query.asks, order, window, question=query.text), rule.where)
              for rule in self._marked_asks),
            (lambda: self._quoted_terms.first(query.analysis, order),
             lambda i: self._quoted_terms.where(i, query.analysis)),
            (lambda: self._summary_tables.first(order, window), _nowhere)]
        for rule, where in rules:
            i = rule()
            if i is not None:
                return FirstChoice(i, where(i))
        return None


class FirstChoice(NamedTuple):
    """The passage a rule puts first, and where in its normalized text the words the rule went by begin: its excerpt
    opens there rather than on the densest run of the question's words. None when the whole passage or section is
    what answers (a quoted heading, a party's gains, a summary table's neighbour)."""

    index: int
    anchor: int | None = None


def _nowhere(_: int) -> int | None:
    return None
