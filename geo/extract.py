"""Report -> claims of control: sentences, place mentions, events, who said it, when; pure (DESIGN.md, extract)."""
from __future__ import annotations


import logging
import re
from bisect import bisect_left, bisect_right
from contextvars import ContextVar
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, timedelta
from collections.abc import Callable, Sequence
from typing import Any

from .dates import CUE_RE, NUMBER_WORDS, PAST_YEAR_RE, WEEKDAYS, find_cues, resolve_cue
from .models import Claim, DatePrecision, Place, Report, Span, Status
from .profile import CONTESTED, Theatre
from .scan import Finder
from .sentences import inner_stops, split_sentences

__all__ = ["Unresolved", "Extraction", "extract", "extract_claims"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Unresolved:
    """A name in a claim's place slot that the gazetteer cannot find (reported, never silently dropped)."""

    report_id: str
    name: str
    evidence: Span


@dataclass(frozen=True, slots=True)
class Extraction:
    """What one report yields: its claims and the place names that could not be resolved."""

    claims: tuple[Claim, ...]
    unresolved: tuple[Unresolved, ...]


# --- English news grammar (language, not theatre: actors and sources live in the profile) -------------

_AUX = r"(?:is|are|was|were|be|been|being)"
_TAKE_EXCL = (r"(?!\s+(?:off|part|place|refuge|prisoner|prisoners|hostage|hostages|office|note|aim|fire|heavy|casualties|"
              r"steps|time|power|a\s+(?:beating|toll|look)|advantage|shelter|cover|responsibility|over\s+\d|"
              # "have taken up arms in several provinces", "took up positions in the hills": no place taken
              r"up\s+(?:arms|positions|posts|their\s+positions|defensive\s+positions)|"
              # durations: "the audit took months"
              r"(?:(?:several|many|a\s+few|two|three|four|five|\d+)\s+)?(?:seconds|minutes|hours|days|weeks|months|years)\b|"
              r"(?:a|an)\s+(?:(?:long|little)\s+)?(?:while|hour|day|week|month|year)\b))")
_WEEKDAY_NAMES = "|".join(WEEKDAYS)  # "monday|tuesday|...|sunday"
# A day named after "on": "on Friday", "on 8 August", "on Aug. 8"
_ON_DAY = (r"(?:" + _WEEKDAY_NAMES + r"|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|"
           r"oct|nov|dec)\w*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{1,2})")
# (name, regex, kind, direction, agent): kind capture|hold|retake|contest; direction fwd (targets after) or
# back (subject before); agent subj (actor before), obj (actor after "to/by"), none (contested).
_TRIGGERS: list[tuple[str, str, str, str, str]] = [
    ("contest_parts", r"\b(?:entered|enter|enters|stormed|storm)\s+(?:parts?|some\s+parts|areas|the\s+outskirts)\s+of\b"
                      # "Taliban fighters began entering Kabul from several directions": an entry under way
                      r"|\b(?:began|begun|begin|begins|started|start|starts|were|are|was|is)\s+(?:\w+ly\s+)?entering\b",
     "contest", "fwd", "none"),
    # "broke into Herat", "pushed into the city": fighters inside, fighting under way
    ("contest_into", r"\b(?:broke|broken|breaking|pushed|pushing|stormed|storming|forced\s+their\s+way|fought\s+their\s+way)"
                     r"(?:\s+(?:deeper|further|farther))?\s+into\b"
                     # "entered Kabul from all sides", "entering the city from several directions": an entry under way
                     r"|\b(?:entered|entering|enter|enters)\b(?=\s+(?:the\s+)?(?:[\w\-’']+\s+){1,4}?[“\"]?from\s+(?:all|several|"
                     r"many|multiple|different|three|four|two|various)\s+(?:sides|directions|fronts)\b)"
                     # "broke through the outer defences of Herat"
                     r"|\b(?:(?:broke|broken|breaking)\s+through|breach(?:ed|es|ing)?)\s+(?:the\s+)?(?:\w+\s+)?"
                     r"(?:defen[cs]es|lines|perimeter)\s+(?:of|around)\b",
     "contest", "fwd", "none"),
    ("contest_in", r"\b(?:clash(?:es|ed|ing)?|fighting|fought|battles?|battled|battling|gunfights?|firefights?)\b",
     "contest", "fwd_in", "none"),
    ("contest_siege_pass", rf"\b{_AUX}\s+(?:\w+\s+)?(?:besieged|surrounded|encircled|attacked|stormed|"
                           # (not "cut off from the outside world", "from the internet": news, not a siege)
                           r"cut\s+off(?!\s+from\s+(?:the\s+)?(?:outside\s+world|world|internet|phone|telephone|mobile|"
                           r"communications?|aid|help))|"
                           # (not "is surrounded by open plains", "by mountains": the lie of the land)
                           r"assaulted)\b(?!\s+(?:on\s+\w+\s+sides\s+)?by\s+(?:[\w\-]+\s+){0,2}?(?:plains|mountains|hills|desert|"
                           r"fields|farmland|orchards|peaks|ridges|rivers?|water|valleys|walls|territory)\b)",
     "contest", "back", "none"),
    ("contest_siege", r"\b(?:besieg(?:ed|ing)|laid\s+siege\s+to|lay(?:s|ing)?\s+siege\s+to|encircl(?:ed|ing)|surrounded|"
                      r"cut\s+off(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
                      # ("the surrounding district", "and surrounding areas": where, not a siege)
                      r"(?<!\bthe\s)(?<!\bits\s)(?<!\band\s)surrounding(?!\s+(?:areas?|districts?|villages?|countryside|"
                      r"provinces?|towns?|mountains|hills|region)\b))\b",
     "contest", "fwd", "none"),
    ("contest_under", r"\bunder\s+(?:\w+\s+){0,2}?(?:attack|siege|assault)\b", "contest", "back", "none"),
    # "attacked Mazar-i-Sharif from several directions" (what was attacked is checked like a capture's object)
    ("contest_attack", r"\b(?:attacked|attacking|assaulted|assaulting|stormed|storming)\b", "contest", "fwd", "none"),
    # "the districts of Nad-e Ali and Nahr-e Saraj are contested"
    # ("Mehtar Lam, the capital of Laghman, is being fought over")
    # "Kandahar also saw intense fighting overnight": the place is the subject
    ("contest_saw", r"\b(?:saw|sees|witnessed|experienced)\s+(?:(?:heavy|intense|fierce|more|renewed|further|some|the\s+"
                    r"heaviest|street)\s+)?(?:fighting|clashes|battles|gunfights|street\s+fighting)\b"
                    # "was the scene of clashes on Friday" (with a day of its own: "was the scene of heavy fighting during the
                    # past government" is history)
                    r"|\b(?:was|were|is|are|has\s+been|had\s+been)\s+the\s+scene\s+of\s+(?:(?:heavy|intense|fierce|renewed|"
                    r"street)\s+)?(?:fighting|clashes|battles|gunfights)\b(?=[^.;]{0,80}?\b(?:(?:on\s+)?(?:monday|tuesday|"
                    r"wednesday|thursday|friday|saturday|sunday)|yesterday|today|overnight|last\s+night|this\s+week)\b)",
     "contest", "back", "none"),
    ("contest_state", r"\b(?:is|are|was|were|remains?|remained|remaining)\s+(?:still\s+|hotly\s+|fiercely\s+|heavily\s+)?"
                      r"(?:contested|(?:being\s+)?fought\s+over)\b", "contest", "back", "none"),
    # "launched a multi-pronged assault on Mazar-i-Sharif" (a bare "attack on" may be one that was repelled)
    # (not a place that serves for them: "a launch pad for attacks on the capital")
    ("contest_assault", r"\b(?:launch(?:ed|es|ing)?(?![\s\-]*pads?\b)|mount(?:ed|s|ing)?|began|begun|start(?:ed|s)?|stepp?(?:ed|s)?\s+up|"
                        r"press(?:ed|es|ing)?|"
                        r"intensifi(?:ed|es))\s+(?:(?:an?|the|their|its|fresh|new|renewed)\s+)?(?:[\w\-]+\s+){0,2}?"
                        r"(?:counter-?)?(?:assaults?|attacks?|offensives?|push|drive|operations?)\s+(?:on|against|to\s+(?:take|capture|seize|retake|recapture|"
                        r"reclaim))\b",
     "contest", "fwd", "none"),
    ("retake_pass", rf"\b{_AUX}\s+[“\"‘']?(?:retaken|recaptured|liberated|freed|cleared)\b", "retake", "back", "obj"),
    # "held Kunduz before being driven out by government forces": the place named before, taken back by them
    ("retake_driven", r"\b(?:before|after|until)\s+(?:being|they\s+were|it\s+was|he\s+was)\s+(?:driven|pushed|forced|"
                      r"chased|kicked|flushed)\s+out\b(?=\s+(?:of\s+\w+\s+)?by\b)", "retake", "back", "obj"),
    # "pushed the Taliban out of Lashkar Gah" (only when the one pushed out is a side: checked in `_sentence`)
    ("retake_out", r"\b(?:pushed|drove|driven|forced|expelled|ousted|evicted|kicked|flushed|cleared|chased)\s+(?!to\s)(?:[\w\-’']+\s+){1,3}?"
                   r"(?:out\s+of|from)\b", "retake", "fwd", "subj"),
    # "the government lost control of Kunduz": the other side has it
    ("capture_lose", r"\b(?:lost|lose|loses|losing|ceded|relinquished)\s+(?:(?:full|all|complete|effective)\s+)?control\s+"
                     r"(?:of|over)\b", "capture", "fwd", "loser"),
    # "Afghan forces withdrew from Baharak, Jurm and Wardooj", "pulled out of Khash Rud", "abandoned Dand": the side
    # that leaves loses the place (only when that side is named in the sentence: "families fled Kunduz" is not)
    ("capture_leave", r"\b(?:(?:withdrew|withdrawn|withdraws|withdrawing|withdraw|retreated|retreating|retreats|retreat)"
                      r"(?:\s+(?:all\s+)?(?:their|its)\s+(?:[\w\-]+\s+)?(?:forces|troops|soldiers|personnel|units))?"
                      r"[”\"’]?\s+from|(?:pulled|pulling|pulls|pull|fell|falling)\s+back\s+from|(?:pulled|pulling|pulls|pull)\s+out\s+of|(?:pulled|pulling|pulls|pull)\s+(?:(?:all\s+)?"
                      r"(?:their|its)\s+)?(?:[\w\-]+\s+)?(?:forces|troops|soldiers|personnel|units)\s+out\s+of"
                      r"|abandon(?:ed|s|ing)?(?=\s+(?:(?:their|its|the)\s+)?(?:[\w\-]+\s+)?(?:positions|posts|bases|base|"
                      r"headquarters|compound|centres?|centers?)\s+(?:in|at|of)\b|\s+(?:the\s+)?(?-i:[A-Z])))"
                      r"|\bleft\s+(?:(?:the|their|its)\s+)?(?:district\s+)?(?:centres?|centers?|headquarters|bases?|"
                      r"positions|posts|garrisons?)\s+(?:of|in|at)\b"
                      # "government forces were forced out of Kunduz": the side that was made to leave
                      r"|\b(?:were|was|have\s+been|has\s+been|had\s+been|being)\s+(?:forced|driven|pushed|chased|kicked|"
                      r"flushed)\s+out\s+of\b", "capture", "fwd", "leaver"),
    # "government forces have lost Nimroz and Jawzjan", "the army lost the district of Jurm": a place, lost by a side
    ("capture_lost", r"\b(?:lost|loses|losing)\b(?=\s+(?:(?:the|its|their)\s+)?(?:(?:provincial\s+)?(?:city|town|"
                     r"district|districts|province|provinces|capital|base|airport)\s+(?:of\s+)?)?(?-i:[A-Z]))",
     "capture", "fwd", "leaver"),
    # "Taliban fighters raised their white flag over the governor's office in Kunduz"
    ("capture_flag", r"\b(?:raised|hoisted|planted|raising|hoisting)\s+(?:(?:their|its|the)\s+)?(?:[\w\-’']+\s+){0,2}?"
                     r"(?:flags?|banners?)\s+(?:over|in|on|above|at|atop)\b"
                     # "the Taliban's white flag flew over the governor's compound in Bazarak"
                     r"|\b(?:flags?|banners?)\s+(?:now\s+)?(?:flew|flies|fly|flying|was\s+flying|were\s+flying|is\s+flying|"
                     r"(?:has|have|had)\s+(?:been\s+flying|flown)|"
                     r"fluttered|fluttering)\s+(?:over|above|atop|from|in)\b(?=\s+(?:the\s+)?(?:[\w’']+\s+){0,3}?(?-i:[A-Z]))",
     "capture", "fwd", "subj"),
    ("retake", r"\b(?:retook|retake|retakes|retaken|retaking|recaptur(?:ed|e|es|ing)|regain(?:ed|s|ing)?"
               r"(?:\s+control\s+(?:of|over))?|liberated|won\s+back|took\s+back|taken\s+back|cleared|reclaim(?:ed|s|ing)?"
               # "By the end of August, the Taliban were back in Banu"
               r"|(?:were|was|are|is|(?:had|have|has)\s+been)\s+(?:firmly\s+)?back\s+in(?=\s+(?-i:[A-Z]))"
               r"(?!\s+(?:the\s+)?[\w’']+(?:\s+[\w’']+)?\s+(?:hands|control)\b))\b",  # (not "back in Taliban hands")
     "retake", "fwd", "subj"),
    # ("the Milak crossing is also managed by Taliban border forces")
    ("hold_pass", r"\b(?:held|controlled|guarded|defended|secured|(?<=being\s)run|(?<=\bnow\s)run|(?<=\bis\s)run|(?<=\bare\s)run|(?<=\bbeen\s)run|(?<=\bwas\s)run|(?<=\bwere\s)run|manned|occupied|managed|administered|"
                  r"governed|patrolled|operated)\s+by\b", "hold", "back",
     "obj"),
    # "this leaves the government with Kabul, Jalalabad and a handful of smaller cities": the side named holds them
    ("hold_leaves_with", r"\b(?:leaves|leave|leaving)\s+(?:the\s+)?(?:[\w\-’']+\s+){1,3}?(?:with|holding|in\s+control\s+of)\b",
     "hold", "fwd", "subj"),
    # "Taliban fighters have set up checkpoints across Kabul", "patrolled the streets of Kunduz": they run the place
    ("hold_patrol", r"\b(?:set\s+up|setting\s+up|sets\s+up|manned|manning|man)\s+(?:\w+\s+)?checkpoints\s+(?:across|in|"
                    r"throughout|all\s+over)\b|\bpatroll(?:ed|ing)\s+(?:the\s+(?:main\s+)?streets\s+of|the\s+centre\s+of|"
                    r"in)\b|\b(?:patrol|patrols|roam|roams|roamed|roaming)\s+the\s+(?:main\s+)?streets\s+of\b",
     "hold", "fwd", "subj"),  # (verbs only: "attacks on Taliban patrols in Nangarhar")
    # "government forces repelled a Taliban attack on Lashkar Gah": the defenders still hold it
    # (past tense only: "are fending off attacks" is fighting under way, not a hold)
    ("hold_repel", r"\b(?:repelled|repulsed|fended\s+off|fought\s+off|beat\s+back|beaten\s+back|foiled|thwarted|"
                   r"pushed\s+back(?=\s+(?:an?|the|their|its|several|two|three|repeated)\s+(?:[\w\-]+\s+)?(?:attacks?|"
                   r"assaults?|offensive)\b|\s+by\b))\b", "hold", "fwd", "subj"),
    # "US troops are securing the airfield", "government forces were defending the center and the airport"
    ("hold_secure", r"\b(?:securing|secured|secure|guarding|guarded|guard)\b(?!\s+(?:by|against|themselves|itself)\b)",
     "hold", "fwd", "subj"),
    ("hold_defend", r"\b(?:defending|defends|defend)\b(?!\s+(?:by|against|themselves|itself)\b)", "hold", "fwd", "subj"),
    # "Sar-e Pul city is with the Taliban now": in their hands
    ("hold_with", r"\b(?:is|are|was|were|remains?|remained)\s+(?:now\s+|still\s+|firmly\s+)?(?=with\s+(?:the\s+)?(?:(?-i:[A-Z])|(?:government|army|resistance|our\s+(?:forces|troops|men|fighters|mujahideen))\b))",
     "hold", "back", "obj"),
    # "Taliban fighters had returned to the centers of both districts": back, and holding them (a side must return)
    # (not a noun: "said on his return to Kabul")
    ("capture_return", r"\b(?:returned|(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!\bits\s)(?<!\bthe\s)(?<!\ba\s)return|returns|"
                       r"returning)\s+to\b", "capture", "fwd", "actor"),
    # "soldiers were still holding out at Kunduz airport": still theirs
    # "Faizabad held out until 11 August": and fell that day
    ("capture_held_until", r"\b(?:held|holding)\s+out\s+(?:only\s+)?until\b(?=\s+(?:the\s+)?(?:\d|monday|tuesday|wednesday|thursday|"
                           r"friday|saturday|sunday|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d))",
     "capture", "back", "obj"),
    # "Kabul is almost the only major city left to the government": still that side's
    ("hold_left_to", r"\b(?:city|cities|capital|capitals|province|provinces|town|towns|district|districts|stronghold|"
                     r"strongholds)\s+(?:still\s+)?(?:left|remaining)\s+(?:to|with)\b(?![^.;,]{0,40}?\bto\s+(?:take|capture|"
                     r"seize|conquer|attack|win|defend|hold|fall)\b)", "hold", "back", "obj"),
    # "Taloqan is the sixth provincial capital taken by the Taliban in four days": a capture, counted
    ("capture_nth", r"\b(?:is|was|becomes|became|has\s+become|had\s+become)\s+(?:also\s+)?(?:the\s+)?(?:first|second|third|"
                    r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th)|latest|last)\s+"
                    r"(?:[\w\-]+\s+){0,3}?(?:taken|captured|seized|overrun|conquered)(?=\s+by\b)", "capture", "back", "obj"),
    # "Kunduz is now under the Taliban": a side named after "under", the clause ending there (not "under Pakistani
    # influence", "under curfew")
    ("hold_under", r"\b(?:is|are|was|were|been|remains?|remained)\s+(?:now\s+|still\s+|firmly\s+|again\s+)?under\s+(?:the\s+)?"
                   r"(?-i:[A-Z])[\w\-’']+(?:[’']s?)?(?=\s*[,.;:)]|\s*$|\s+(?:since|after|for|now|again|once)\b)",
     "hold", "back", "obj"),
    # "by nightfall the city was theirs": the side named before
    ("hold_theirs", r"\b(?:is|are|was|were)\s+(?:now\s+|all\s+|firmly\s+)?theirs\b", "hold", "back", "actor"),
    ("hold_out", r"\b(?:holding|held|holds|hold)\s+out\s+(?:at|in|inside)\b"
                 r"|\b(?:holding|held|holds|hold)\s+out(?=\s+against\b|\s*[,.;]|\s*$|\s+(?:for\s+now|for\s+the\s+time\s+being|"
                 r"still)\b)", "hold", "fwd", "subj"),
    # "Kandahar and Lashkar Gah are holding out for now": the places are the subject; their defenders hold them
    ("hold_out_place", r"\b(?:are|is|were|was|remain|remains|remained)\s+(?:still\s+)?holding\s+out(?=\s*[,.;]|\s*$|\s+(?:for\s+"
                       r"now|for\s+the\s+time\s+being|against)\b)"
                       # "Panjshir, the last province holding out against the Taliban"
                       r"|,\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,3}?(?:province|city|town|district|valley|pocket|stronghold|holdout)"
                       r"\s+(?:still\s+)?holding\s+out\b", "hold", "back", "none"),
    # "Government forces are holding on to the airfield", "are confined to the airport", "holed up in the governor's
    # compound": what they still hold
    ("hold_on_to", r"\b(?:holding|holds|hold|(?:has|have|had)\s+held|hanging|hang)\s+on\s+to\b"
                   r"|\b(?:are|is|were|was)\s+(?:now\s+)?(?:confined|restricted)\s+to\b", "hold", "fwd", "subj"),
    # "Afghan forces remain at Kunduz airport": still there, still holding it (a side must be the subject)
    ("hold_remain", r"\b(?:remain|remains|remained|stay|stays|stayed)\s+(?:at|in|inside)\b(?=\s+(?:the\s+)?(?:(?-i:[A-Z])|"
                    r"(?:airport|airfield|base)\b)(?!\w*\s+(?:hands|control)\b))",
     "hold", "fwd", "subj"),
    ("hold_hands", r"\b(?:in|into)\s+(?:the\s+)?(?:[\w’']+\s+){0,2}?hands(?:\s+of)?\b"
                   # "Panjshir is the last holdout of anti-Taliban forces": theirs
                   r"|\b(?:is|was|remains|remained|becomes|became|has\s+become)\s+(?:the\s+)?(?:last|only|final|main)\s+"
                   r"(?:holdout|bastion|stronghold|redoubt|pocket)\s+of\b", "hold", "back", "obj"),
    # ("under Taliban administration", "under the authority of the Islamic Emirate")
    ("hold_control", r"\bunder\s+(?:the\s+)?(?:[\w’']+\s+){0,2}?(?:control|rule|administration|authority)\b", "hold", "back",
     "obj"),
    # "Panjshir remains outside Taliban control", "out of the Taliban's reach": the other side's (a negated hold)
    ("hold_outside", r"\b(?:outside|beyond|out\s+of)\s+(?:the\s+)?(?:[\w’']+\s+){0,2}?(?:control|reach|grip)\b"
                     r"|\bout\s+of\s+(?:the\s+)?(?:[\w’']+\s+){0,2}?hands\b", "hold", "back",
     "obj"),
    # "consolidated their grip on Kabul", "cementing its control over the city": a side already holding it (not
    # "tightening their grip on Faryab", "strengthen their grip on the countryside": a squeeze, nobody's yet)
    ("hold_grip", r"\b(?:consolidat(?:e|es|ed|ing)|cement(?:s|ed|ing)?|entrench(?:es|ed|ing)?)\s+(?:their|its|his|the\s+group[’']s)\s+(?:grip|hold|control|rule)\s+(?:on|over)\b",
     "hold", "fwd", "subj"),
    ("hold_fall_back", r"\b(?:pulled|pull|pulling|fell|fallen|falling)\s+back\s+to\b|\b(?:withdrew|withdrawn|retreated)\s+to\b"
                       r"|\bregroup(?:ed|ing)?\s+(?:at|in)\b",
     "hold", "fwd", "subj"),
    # (not an event held somewhere: "Protests were held in Kabul", "talks are being held in Doha")
    ("hold", r"\b(?:(?:still|now|firmly)\s+)?(?:holds?|(?:(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)"
             r"(?<!\bbeen\s)(?<!\bbeing\s)|(?!held\s+(?:in|at|inside|across|near)\b))held(?!\s+(?:out|talks|a|an|up|back|off|on(?!\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d))|onto|"
             r"firm|by)\b)"
             r"|holding(?!\s+(?:out|talks|on)\b)|(?<!for\s)(?<!over\s)(?<!the\s)controls?|controlled(?!\s+by\b)|controlling"
             r"|retain(?:s|ed)?"
             r"|in\s+(?:full\s+|firm\s+)?(?:control|charge)\s+of|left\s+with"
             # ("In Charikar, the Taliban were firmly in charge", "The Taliban are in charge in Charikar")
             r"|(?<=\bin\s)charge(?!\s+(?:of|against|with|that|on)\b)"
             # "the group, which has ruled Kabul since August 15" (not "ruled out", "ruled that", a court's "ruling on")
             r"|(?:has|have|had|who|which|that|now)\s+ruled(?!\s+(?:out|that|on|against|in\s+favou?r)\b)"
             r"|(?:still|now)\s+rules?(?!\s+(?:out|that|on|against)\b))\b",
     "hold", "fwd", "subj"),
    # "Fayzabad was abandoned by the army": the side named after "by" left it (read as the other side's capture)
    ("capture_left_pass", rf"\b{_AUX}\s+(?:(?:also|\w+ly)\s+)?(?:abandoned|evacuated|vacated|given\s+up)\s+by\b",
     "capture", "back", "obj"),
    ("capture_pass", rf"\b{_AUX}\s+(?:(?:now|also|all|both|\w+ly)\s+){{0,2}}[“\"]?(?:\w+ly\s+)?(?:captured|seized|taken|overrun|"
                     r"overran|conquered|lost|surrendered|handed\s+over|handed(?=\s+(?:back\s+)?to\b)|given\s+up)\b",
     "capture", "back", "obj"),
    # "districts were abandoned by their garrisons and taken over by the Taliban": a second passive, its auxiliary shared
    ("capture_pass_and", r"\band\s+(?:then\s+|later\s+|quickly\s+|soon\s+)?(?:taken\s+over|captured|seized|overrun|occupied)"
                         r"\s+(?=by\b)", "capture", "back", "obj"),
    # ("Kunduz, captured by the Taliban in 2015, ..."; not a verb with its object after an aside: "Local militias, some
    # made up of former soldiers, seized Pul-e Hisar")
    ("capture_rel", r",\s+(?:(?:both|all|each)\s+)?(?:taken|captured|seized|overrun|lost)\b(?!\s+(?:the(?!\s+(?:following|next|previous|same|day|night|week|weekend)\b)|a|an|control|several|two|three|four|five|"
                    r"most|all|parts|large|much)\b|\s+(?-i:[A-Z]))", "capture", "back_rel", "obj"),
    # ("Kabul airport, now run by the DFA", "Spin Boldak, still held by government forces")
    ("hold_rel", r",\s+(?:(?:now|still|also|currently|firmly)\s+)?(?:held|controlled|run|administered|managed|guarded|"
                 r"defended)\s+by\b", "hold", "back_rel", "obj"),
    ("capture_fall", r"\b(?<!\bits\s)(?<!\btheir\s)(?<!\bthe\s)(?<!\ba\s)(?:fell|fallen|falls|fall|falling|"
                     # (not a building: "the walls of their house collapsed")
                     r"(?<!walls\s)(?<!wall\s)(?<!roof\s)(?<!roofs\s)(?<!house\s)(?<!houses\s)(?<!building\s)"
                     r"(?<!buildings\s)(?<!bridge\s)(?<!dam\s)(?<!tunnel\s)(?<!mine\s)(?<!homes\s)(?<!home\s)collapsed)"
                     r"(?!\s+(?:of|apart|back|silent|short|into|in\s+love|"
                     r"behind|ill|asleep|under|off|out|by|sharply|steeply|slightly|again\s+to\s+\d+|to\s+\d+|below|"
                     r"through|flat|victim|prey|foul)\b)",
     "capture", "back", "obj"),
    # "Kunduz fell on Sunday; Sar-e Pul followed hours later", "Fayzabad followed on Wednesday": fell too
    ("capture_followed", rf"\bfollowed(?=\s+suit\b|\s+on\s+{_ON_DAY}\b"
                         r"|\s+(?:(?:hours|days|a\s+day|minutes|a\s+few\s+hours)\s+later|shortly|soon|the\s+next\s+day|"
                         r"later|(?:on\s+)?the\s+same\s+day|(?:during|later)\s+(?:the|that)\s+day|that\s+(?:day|evening|night|"
                         r"afternoon|morning)|within\s+(?:hours|days)|in\s+quick\s+succession)\b"
                         # "Within days Sheberghan, Kunduz and Taloqan had followed."
                         r"|(?<=\bhad\sfollowed)(?=\s*[.;])|(?<=\bhave\sfollowed)(?=\s*[.;])"
                         # "Sheberghan, Sar-e-Pul and Kunduz followed, several of them without a fight"
                         r"|(?=\s*,\s+(?:several|some|most|many|all|each|one|two|three|four|five|six|seven|eight)\s+of\s+them\b))",
     "capture", "back", "obj"),
    # a fall told as one more in a sequence: "Overnight Kandahar went too", "Herat went the same way", "By Friday, Herat
    # too had gone", "Kunduz was the next to fall", "Pul-e Khumri has changed hands"
    ("capture_went", r"\bwent\s+first(?=\s*[,.;]|\s+on\b)|\bwent\s+over(?=\s+(?:to\s+the|without|overnight|on|in\s+the|"
                     r"that|at|early|late)\b)|\bwent(?=\s+(?:that\s+(?:night|evening|afternoon|morning|day)|overnight|"
                     r"in\s+the\s+(?:morning|afternoon|evening|night)|at\s+dawn|before\s+dawn)\b)|"
                     rf"\bwent(?=\s+on\s+{_ON_DAY}\b)|"
                     r"\bwent\s+(?:the\s+same\s+way|(?:that|the)\s+same\s+(?:day|night|morning|afternoon|evening|monday|tuesday|"
                     r"wednesday|thursday|friday|saturday|sunday)\b|(?:too|as\s+well)(?!\s+(?:far|fast|quickly|soon|long|much|many|slow|"
                     r"slowly|late|early|little)\b))|\b(?:too|also)\s+(?:had|has)\s+gone\b(?!\s+(?:to|into|on|through|"
                     r"back|up|down|out|home|missing|unpaid|without)\b)|\b(?:had|has)\s+gone\s+too\b"
                     r"|\b(?:was|were)\s+(?:the\s+)?next\s+to\s+(?:go|fall)\b|\b(?:was|were)\s+next(?=\s*[.;]|\s*,\s+(?:on|late|"
                     r"early|hours|days)\b)"
                     # (one place, once: not "districts across the province changed hands", "has changed hands before")
                     r"|\b(?:has|had)\s+(?:now\s+)?changed\s+hands\b(?!\s+(?:several|many|multiple|repeatedly|twice|three|four|"
                     r"back|more|again|over|before|at\s+least|in\s+the\s+past|often|every)\b)",
     "capture", "back", "obj"),
    # "Among the districts lost since Friday are Ishkashim and Zebak", "Among them was Kunduz": the places after
    ("capture_among", r"\bamong\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?(?:districts|towns|cities|capitals|places|centres|centers|"
                      r"crossings)\s+(?:(?:now\s+)?(?:lost|taken|captured|seized|overrun)|that\s+(?:fell|have\s+fallen|had\s+"
                      r"fallen|were\s+(?:lost|taken|captured|seized|overrun)))\b[^.;:]{0,50}?\b(?:are|were|is|was)\b",
     "capture", "fwd", "obj"),
    # "Khwahan and Yawan were among those lost", "... among the first to fall": the places before
    ("capture_among_back", r"\b(?:were|are|was|is)\s+among\s+(?:those|the\s+ones|the\s+first|the\s+(?:districts|places|"
                           r"towns))\s+(?:(?:to\s+be\s+|that\s+were\s+|already\s+)?(?:lost|taken|captured|seized|overrun)|"
                           r"to\s+(?:fall|go)|that\s+fell)\b", "capture", "back", "obj"),
    # "Then came Lashkar Gah", "Next to fall was Qala-e-Naw": the place after
    ("capture_came", r"\b(?:then|next|soon|later|(?:the\s+)?(?:next|following)\s+day|a\s+day\s+later)\s+came\b(?=\s+(?-i:[A-Z]))|\b(?:next|last)\s+to\s+(?:go|fall)\s+"
                     # "On Saturday it was the turn of Sheberghan"
                     r"(?:was|were)\b|"
                     # "The first provincial capital to go was Zaranj"
                     r"\b(?:first|second|third|next|last)\s+(?:[\w\-]+\s+){0,2}?(?:capital|city|town|district|one)\s+to\s+"
                     r"(?:go|fall)\s+(?:was|were)\b|\b(?:it\s+was|then\s+came|came)\s+the\s+turn\s+of\b", "capture", "fwd", "obj"),
    # headline grammar, no auxiliary: "Sheberghan airport seized; no official word", "Aibak handed to Taliban without a
    # fight" (only for a place right before: checked in `_sentence`)
    ("capture_bare", r"(?<=[a-z] )(?:seized|captured|overrun|(?:handed|given)(?:\s+over)?(?=\s+to\b))"
                     r"(?=\s*(?:[;:,]|\s[-–—]\s|$)|\s+(?:by|to|on|after|as|without|in\s+(?:a|an|the)\b)\b|\.(?:\s|$))",
     "capture", "back", "obj"),
    ("retake_bare", r"(?<=[a-z] )(?:retaken|recaptured)(?=\s*(?:[;:,]|\s[-–—]\s|$)|\s+(?:by|on|after|as|in\s+(?:a|an|the)\b)\b)",
     "retake", "back", "obj"),
    ("capture_yield", r"\b(?:gave|give|gives|giving)\s+themselves\s+up\b|\b(?:laid|lay|lays|laying)\s+down\s+"
                      r"(?:their\s+)?(?:arms|weapons)\b", "capture", "hand", "obj"),
    ("capture_hand", r"\b(?:handed|hands|hand|handing|surrendered|surrenders|ceded|cedes|ceding|gave\s+up)\b", "capture", "hand", "obj"),
    # (after any words: "the recent fall of", "the August 15 fall of", "Sunday's fall of"; the verb stops before "of")
    ("capture_nom", rf"\b(?:the\s+)?(?:capture|fall|loss|takeover|seizure|conquest|handover|surrender)\s+(?:(?:on\s+{_ON_DAY}"
                    r"|over\s+the\s+weekend|"
                    # ("the fall over the weekend of Kunduz, Sar-e Pul and Taloqan")
                    r"last\s+week(?:end)?|earlier\s+this\s+week|this\s+week|overnight|yesterday)\s+)?of\b", "capture",
     "fwd", "obj"),
    ("capture", r"\b(?:(?:took|take|takes|taken|taking|seized|seize|seizes|seizing|grabbed|assumed)\s+power\s+in"
                # "US troops took charge of security at Kabul airport"
                r"|(?:took|take|takes|taken|taking|assumed|assume|assumes)\s+(?:over\s+)?charge\s+of(?:\s+security\s+(?:at|in|for))?"
                r"|(?:declared|declares|declare|declaring|claimed|claims|claim|claiming)\s+(?:(?:full|total|complete|a|their|its)\s+)?victory\s+"
                r"(?:in|over)|seiz(?:ed|e|es|ing)|(?<!\bits\s)(?<!\btheir\s)(?<!\bhis\s)captur(?:ed|e|es|ing)|conquer(?:ed|s|ing)?|"
                r"overr[au]n|overruns|overt(?:ook|aken)|(?<!-)occup(?:ied|y|ies|ying)(?!\s+by\b)|"
                r"overrunning|(?:took|take|takes|taken|taking)(?:\s+over|\s+control\s+(?:of|over))?" + _TAKE_EXCL +
                r"|(?:gained|seized|assumed|won|wrested|established)\s+control\s+(?:of|over)|entered|enters|enter"
                r"|(?:swept|sweeps|sweeping|rolled|marched|stormed|walked|walks|drove|drives|rode)\s+into)\b",
     "capture", "fwd", "subj"),
]
_TRIGGER_RE = re.compile("|".join(f"(?P<{n}>{p})" for n, p, *_ in _TRIGGERS), re.IGNORECASE)
_TRIGGER_INFO = {n: (k, d, a) for n, _, k, d, a in _TRIGGERS} | {"hold_sitrep": ("hold", "fwd", "subj"),
                                                                 "contest_label": ("contest", "fwd", "none")}

_SPEECH_RE = re.compile(
    r"\b(?P<acc>according\s+to|quoted\s+by|citing)\b"
    r"|(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)\b(?P<verb>said|says|say|told|tells|tell|added|confirmed|confirms|"
    r"claimed|claims|claim|reported|reports|stated|states|announced|announces|declared|insisted|insists|"
    r"acknowledged|admitted|conceded|warned|denied|denies|dismissed|rejected|refuted|tweeted|wrote|posted)\b",
    re.IGNORECASE,
)
_DENIAL = frozenset({"denied", "denies", "dismissed", "rejected", "refuted"})
_NO_CONFIRM_RE = re.compile(
    r"(?:could\s+not|couldn[’']t|cannot|can[’']t|can\s+not)\s+(?:be\s+)?(?:(?:immediately|independently|separately)\s+)*"
    r"(?:be\s+)?(?:confirm|verif)|no\s+(?:immediate\s+)?independent\s+(?:confirmation|verification)"
    r"|unverified|unconfirmed|not\s+(?:yet\s+)?(?:be(?:en)?\s+)?(?:(?:immediately|independently)\s+)+(?:confirmed|verified)"
    # (a log's note "Not verified; no comment yet from ANDSF", not "casualties have been reported but not yet verified")
    r"|^\s*not\s+(?:yet\s+)?verified\b"
    # "Reuters was unable to independently verify the claim", "LWJ has not been able to verify it", "wasn't able to"
    r"|(?:unable|not\s+(?:been\s+)?able|n[’']t\s+(?:been\s+)?able)\s+to\s+(?:(?:immediately|independently)\s+)*"
    r"(?:confirm|verif)|(?:impossible|no\s+way)\s+to\s+(?:independently\s+)?(?:confirm|verif)", re.IGNORECASE)
# Soft clause boundaries: a target slot never runs across them.
_SOFT_RE = re.compile(
    r";|:|[“”\"]|\((?=\s*\d)|\b(?:but|while|whereas|although|though|because|unless|if|whether|"
    # ("before dawn on Tuesday", "after nightfall": a time, not a clause)
    r"(?:after|before)(?!\s+(?:dawn|dusk|daybreak|sunrise|sunset|nightfall|noon|midday|midnight|first\s+light)\b)|"
    r"since|when|where|until|amid)\b|,\s+(?:which|who|whose|where|when|as(?!\s+well\b)|leaving|giving|bringing|making|"
    r"forcing|sending|prompting)\b|\band\s+that\b|\bthat\b(?!\s+(?:morning|afternoon|evening|night|day|week|month|year)\b)"
    r"|,\s+and\b|\bwho\b|\bwhich\b",
    re.IGNORECASE,
)
_REL_RE = re.compile(r"(?:,\s+(?:which|who|that)|\b(?:which|that))\s+$", re.IGNORECASE)
# Hard boundaries for dates: a date cue belongs to its own clause.
_HARD_RE = re.compile(
    r";|:|\s[—–-]\s|\s--\s|[“”\"]|\b(?:but|while|unless|if|although|though|whereas|(?:after|before)(?!\s+(?:dawn|dusk|"
    r"daybreak|sunrise|sunset|nightfall|noon|midday|midnight|first\s+light)\b))\b|\band\s+that\b"
    # ("held since Sunday": a date, not a clause; "since the insurgents took it": a clause with its own date)
    r"|\bsince\b(?!\s+(?:(?:last|early|late)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|"
    r"february|march|april|may|june|july|august|september|october|november|december|jan|feb|aug|sept?|oct|nov|dec|"
    r"\d{1,2}(?!\d)|yesterday|overnight|last\s+(?:week|night|weekend)|the\s+weekend|early\s+this\s+week|earlier\s+this\s+week)\b)"
    r"|,\s+and\b"
    r"|\bthat\b(?!\s+(?:morning|afternoon|evening|night|day|week|month|year)\b)", re.IGNORECASE)
_MODAL_RE = re.compile(
    r"\b(?:could|can|cannot|may|might|would|will|shall|should|must|expected\s+to|likely\s+to|set\s+to|poised\s+to|"
    r"about\s+to|threaten(?:ed|ing|s)?\s+to|vow(?:ed|s|ing)?\s+to|plan(?:s|ned|ning)?\s+to|aim(?:s|ed|ing)?\s+to|"
    r"want(?:s|ed)?\s+to|tr(?:y|ies|ied|ying)\s+to|attempt(?:s|ed|ing)?\s+to|seek(?:s|ing)?\s+to|hop(?:e|es|ed|ing)\s+to|"
    r"promis(?:e|ed|es|ing)\s+to|pledg(?:e|ed|es|ing)\s+to|ready\s+to|prepar(?:ed|ing)\s+to|order(?:ed|s)?\s+to|"
    r"fail(?:ed|s)?\s+to|unable\s+to|(?<!loyal\s)(?<!opposed\s)(?<!allied\s)(?<!aligned\s)(?<!linked\s)to|"
    r"moving\s+on|closing\s+in\s+on|push(?:ing)?\s+(?:on|towards?))"
    r"\s+(?:[“\"‘]?\w+[”\"’]?\s+){0,2}[“\"‘]?$",  # (quoted: 'threatened to "enter Mazar-i-Sharif ..."', 'could "easily" enter')
    re.IGNORECASE,
)
# A belief before an event in its clause ("they first thought the city was under attack", "feared that Kunduz had fallen")
_THOUGHT_RE = re.compile(r"\b(?:thought|feared|assumed|imagined|mistook)\s+(?:that\s+)?[^,;.:“”\"]{0,50}$", re.IGNORECASE)
# What is foreseen, feared or warded off ("predicting the fall of Kabul", "warned of an assault on the city", "the
# risk of the city being cut off", "prevent the fall of Kandahar"): the event has not happened
_FORESEEN_RE = re.compile(r"\b(?:predict(?:s|ed|ing)?|expect(?:s|ed|ing)?|fear(?:s|ed|ing)?|anticipat(?:e|es|ed|ing)|"
                          r"forese(?:e|es|eing)|forecast(?:s|ing)?|warn(?:s|ed|ing)?\s+(?:of|about|against)|"
                          r"worr(?:y|ies|ied|ying)\s+(?:about|over)|prevent(?:s|ed|ing)?|avert(?:s|ed|ing)?|"
                          r"stave(?:d)?\s+off|staving\s+off|brac(?:e|ed|es|ing)\s+for|(?:prospect|risk|threat|possibility|danger|"
                          r"spectre|specter|likelihood)\s+of"
                          # ("a staging ground for attacks on the capital": what the place serves for)
                          r"|(?:launch(?:ing)?[\s\-]*pad|staging\s+(?:ground|area|post|point)|springboard|jumping[\s\-]+off\s+point)"
                          r"\s+for)\s+(?:[\w’'\-]+\s+){0,2}?$", re.IGNORECASE)
_FORESEEN_HINTS = ("predict", "expect", "fear", "anticipat", "forese", "forecast", "warn", "worr", "prevent", "avert", "stav",
                   "brac", "prospect", "risk", "threat", "possibilit", "danger", "spect", "likelihood", "launch", "staging",
                   "springboard", "jumping")  # (words _FORESEEN_RE needs: `in` tests, faster than one regex here)
_EXPECT_TO_RE = re.compile(r"\b(?:expects?|expected|expecting|predicts?|predicted|forecasts?|fears?|feared|want(?:s|ed)?|"
                           r"likely|unlikely)\s+(?:[\w’'\-]+\s+){0,4}?to\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_ONE_OF_BEFORE_RE = re.compile(r"\b(?:the\s+)?(?:only|last|sole|final)\s+one\s+of\s+(?:the\s+|its\s+|their\s+|the\s+country[’']s\s+|"
                               r"afghanistan[’']s\s+)?(?:\d+\s+|\w+\s+)?$", re.IGNORECASE)
_PERFECT_RE = re.compile(r"\b(?:claim(?:ed|s|ing)?|said|say|says|reported|believed|thought|appear(?:s|ed)?|seem(?:s|ed)?|"
                         r"understood|known)\s+(?:[\w,]+\s+){0,3}?to\s+have\s+(?:been\s+)?(?:\w+\s+)?$", re.IGNORECASE)
# Years away from the report's time: history ("A year later the Taliban entered the city again").
_YEARS_AWAY_RE = re.compile(r"\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many|\d+)\s+years?\s+"
                            r"(?:later|earlier|before|after|afterwards)\b|\bthe\s+(?:following|next|previous)\s+year\b"
                            r"|(?<!\bsince\s)\blast\s+year\b|\b(?:that|the\s+same)\s+year\b"  # (not "held since last year": still)
                            r"|\b(?:twice|thrice|once|(?:two|three|several|many)\s+times)\s+(?:before|previously|in\s+the\s+past)\b",
                            re.IGNORECASE)
_RUMOUR_RE = re.compile(r"\b(?:rumou?r(?:s|ed)?|speculation|hoax|fake\s+news|false\s+reports?|disinformation)\b"
                        r"(?:\s+(?:that|of))?[^.;]*$", re.IGNORECASE)
_DENIED_REPORTS_RE = re.compile(r"\b(?:denied|denies|deny|dismissed|dismisses|rejected|rejects|refuted|refutes)\s+"
                                r"(?:the\s+|as\s+\w+\s+)?(?:(?:media|press|online|unconfirmed|social\s+media)\s+)?"
                                r"(?:reports?|rumou?rs?|speculation)\s+(?:on\s+social\s+media\s+)?(?:that|of)\b[^.;]*$",
                                re.IGNORECASE)
_REPORTS_THAT_RE = re.compile(r"\b(?:reports?|claims?|allegations?|suggestions?|assertions?|rumou?rs?|news)\s+"
                              r"(?:(?:that|of|on|about)\b|(?=(?:the|a|an)\s|(?-i:[A-Z])))[^.;]*$",  # ("claims the city had fallen")
                              re.IGNORECASE)
_KILLED_OR_RE = re.compile(r"\b(?:killed|wounded|injured|arrested|detained)\s*,?\s+(?:or|and)\s+$", re.IGNORECASE)
_OR_KILLED_RE = re.compile(r"\s*,?\s+(?:or|and)\s+(?:killed|wounded|injured|arrested|executed)\b", re.IGNORECASE)
_COMMENT_ON_RE = re.compile(r"\b(?:no|declined\s+to|refused\s+to|would\s+not|did\s+not)\s+(?:immediate\s+)?comment\w*\s+"
                            r"(?:from\s+(?:[\w\-’']+\s+){1,4}?)?(?:on|about|regarding)\s+(?:the\s+)?(?:[\w\-]+\s+)?$", re.IGNORECASE)
_BASELESS_RE = re.compile(r"\b(?:were|was|are|is|(?:also\s+)?(?:proved|proven|turned\s+out\s+to\s+be))\s+[“\"]?(?:also\s+|completely\s+|totally\s+|simply\s+)?[“\"]?(?:baseless|false|"
                          r"untrue|unfounded|propaganda|lies|fabricated|incorrect|wrong|not\s+true|rumou?rs?|an?\s+"
                          r"(?:\w+\s+)?lie|a\s+fabrication|nonsense)\b",
                          re.IGNORECASE)
# An event in a relative clause of an indefinite ("a government that took Kabul"): nobody in particular.
_ANY_WHO_RE = re.compile(r"\b(?:a|an|any|no|every)\s+(?:[\w\-]+\s+){0,2}?(?:that|which|who)\s+$", re.IGNORECASE)
_ANY_OBJECT_RE = re.compile(r"\s+(?:a|an|any|another|some)\s+(?!day\b|week\b)", re.IGNORECASE)
_INDEFINITE_NOM_RE = re.compile(r"\b(?:an?|any|possible|potential|eventual|imminent)\s+(?:[\w\-]+\s+)?"
                                r"(?:capture|fall|loss|takeover|seizure|conquest)\s+of\b", re.IGNORECASE)
_FLED_RE = re.compile(r"\b(?:fled|fleeing|flee|flees|escaped|escaping|displaced\s+by|uprooted\s+by)\s+(?:the\s+)?"
                      r"(?:[\w\-]+\s+)?(?:(?:and|or)\s+(?:by\s+)?)?$", re.IGNORECASE)  # ("displaced by drought and fighting")
_RETRACTED_RE = re.compile(r"\b(?:an?\s+|the\s+)?(?:earlier|previous|prior|original|first)\s+(?:version|entry|post|update|"
                           r"report|story|article)\s+(?:\([^()]{1,20}\)\s+)?(?:of\s+this\s+\w+\s+)?(?:had\s+|have\s+)?"
                           r"(?:initially\s+|wrongly\s+|incorrectly\s+|mistakenly\s+)?(?:said|reported|stated|wrongly|"
                           r"incorrectly|mistakenly|misidentified|had)\b", re.IGNORECASE)
# "Had the insurgents taken Sheberghan, ...": an unreal condition.
_HAD_IF_RE = re.compile(r"\s*[\"“‘']?(?:Had|Were|Should)\s+(?:the\s+)?[\w\-]+(?:\s+[\w\-]+)?\s+(?:not\s+)?$")
# "will not let the city fall": a permission, not an event.
_LET_RE = re.compile(r"\blet(?:s|ting)?\s+(?:the\s+|it\s+)?(?:[\w\-]+\s+){0,2}$", re.IGNORECASE)
# ("By 2001 the Taliban controlled 90% of the country. The Panjshir valley, held by the Northern Alliance, was never
# taken": still that past)
_YEAR_LINE_RE = re.compile(r"(?:19|20)\d\d[ :.]*")  # a chronology's heading of a year: "2021"
_NEVER_PAST_RE = re.compile(r"\b(?:was|were|had)\s+never\b", re.IGNORECASE)
_RELATIVE_TIME_RE = re.compile(r"\b(?:later|earlier|afterwards|then|thereafter|subsequently|soon\s+after|"
                               # ("... in 1994. Kandahar city fell to it that November": that year's)
                               r"that\s+(?:january|february|march|april|may|june|july|august|september|october|november|"
                               r"december|spring|summer|autumn|fall|winter|year)|"
                               r"within\s+(?:(?:a\s+few|several|two|three)\s+)?(?:days|weeks|months|a\s+(?:week|month|year))|"
                               r"the\s+(?:following|"
                               r"next)\s+(?:day|week|month|year)|in\s+(?:early|mid|late)[\s\-]+[A-Z][a-z]+|by\s+the\s+end\s+of"
                               r"|after\s+(?:about\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+)?(?:\w+\s+)?"
                               r"(?:days|weeks|months)\s+of"
                               # ("Over the next five years the Taliban took Mazar", "Throughout those years Massoud held")
                               r"|over\s+the\s+(?:next|following|coming)\s+(?:\w+\s+)?(?:years|decade)"
                               r"|(?:throughout|during|in|for\s+all\s+of)\s+(?:those|these|that|this|the\s+\w+)\s+(?:years|period|"
                               r"era|decade)(?:\s+of)?)\b",
                               re.IGNORECASE)
_NO_EVIDENCE_RE = re.compile(r"\bno\s+(?:(?:credible|real|clear|independent|immediate|visible|hard|firm)\s+)?(?:evidence|"
                             r"signs?|indications?|proof|confirmation)\s+(?:yet\s+)?that\b(?=[^;.!?]*$)", re.IGNORECASE)
_BUT_RE = re.compile(r"\b(?:but|although|though|while|whereas)\b", re.IGNORECASE)
# A hold told in the past tense ("was held by the Northern Alliance", "Massoud held the valley", "kept hold of"):
# after a sentence in a past year and with no day of its own, how it stood then
_PAST_HOLD_RE = re.compile(r"\b(?:was|were|had|held|kept|stayed|remained|lay)\b", re.IGNORECASE)
# ("continued to hold"; "claimed to control the Torghundi crossing": a claim of now, no aim)
# ("continued on Saturday to consolidate their control over Kabul": a time between the verb and its infinitive)
_CONTINUE_RE = re.compile(r"\b(?:continu(?:e|es|ed|ing)(?:\s+(?:on\s+|late\s+|early\s+)?(?:" + _WEEKDAY_NAMES
                          + r"|today|yesterday|overnight|(?:this|last)\s+week)(?:\s+(?:morning|afternoon|"
                          r"evening|night))?,?)?|still)\s+to\s+(?:\w+\s+)?$|\bclaim(?:s|ed|ing)?\s+to\s+$", re.IGNORECASE)
_FUTURE_RE = re.compile(r"\b(?:within|in)\s+(?:the\s+next\s+|the\s+coming\s+)?\d+\s*(?:days?|weeks?|months?)\b"
                        r"|\b(?:tomorrow|next\s+week|next\s+month|soon|in\s+the\s+coming\s+\w+)\b", re.IGNORECASE)
_NEG_RE = re.compile(r"(?:\b(?:not|never|no\s+longer|yet\s+to|nor|neither)|n[’']t)\b(?:\s+\w+){0,2}\s*$|\bno\s+(?:\w+\s+)?$"
                     # "entered the district centre without any fighting"
                     r"|\bwithout\s+(?:any\s+|a\s+|much\s+|serious\s+|heavy\s+)?$"
                     # "Not a single Talib has entered Panjshir", "none of the fighters have reached the city"
                     # "they had no intention of attacking Kabul", "have no plans to take the city"
                     r"|\bno\s+(?:intention|intentions|plans?|desire|wish)\s+(?:of|to)\s+$"
                     # "there is no evidence of any fighting in the city", "no sign of clashes"
                     r"|\bno\s+(?:(?:credible|real|clear|independent|immediate|visible)\s+)?(?:evidence|sign|signs|trace|"
                     r"indication|reports?)\s+(?:of|that)\s+(?:any\s+|the\s+)?$"
                     # "The Taliban did not claim to have captured the city"
                     r"|\b(?:not|never)\s+(?:claim|claimed|say|said|announce|announced|report|reported)\s+(?:to\s+have\s+|that\s+)"
                     r"(?:[\w\-’']+\s+){0,3}?(?:had\s+|has\s+|have\s+)?$"
                     # ("no Taliban fighters had entered Mazar-i-Sharif")
                     # ("no district of the provincial capital had been attacked")
                     r"|\b(?:not\s+(?:a\s+single|one)|none\s+of\s+(?:the\s+|their\s+)?|no\b)\s*(?:[\w\-’']+\s+){1,5}?"
                     r"(?:has|have|had|was|were)\s+(?:ever\s+|yet\s+)?(?:been\s+)?$",
                     re.IGNORECASE)
# Before a place: the place is a landmark (where something else is), not the thing claimed.
_LANDMARK_RE = re.compile(
    r"(?:\b(?:capital|capitals|outskirts|edges?|approaches|gates|suburbs|border|borders|road|roads|routes?|highway|"
    r"mountains|hills|foothills|"
    r"province|provinces|district|districts|outside|west|east|north|south|headquarters)\s+(?:of|to|with|from|between|"
    r"out\s+of|into)\s+"
    r"(?:the\s+)?(?:[\w\-]+\s+){0,3}$"
    r"|\b(?:south|north|east|west|[\w\-]*(?:west|east))\s+(?:of|from)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}$"
    r"|\b(?:near|(?<!\bthe\s)nearby|outside|(?<!\bin\sand\s)around|surrounds|(?<!\bthe\s)surrounding|overlooking|ring(?:s|ing)?|encircl(?:e|es|ing)|towards?|toward|from|beyond|between|via|through|linking|connecting|into|to|for|off|"
    r"of\s+which|close\s+to|next\s+to|away\s+from|km|kilomet(?:er|re)s?|"
    r"miles?|met(?:er|re)s?)\s+(?:of\s+|from\s+)?(?:the\s+)?(?:[\w\-]+\s+){0,2}$"
    # "two districts close to Afghanistan's western city of Herat"
    r"|\b(?:near|close\s+to|next\s+to)\s+(?:the\s+)?(?:[\w\-’']+\s+){0,4}$)",
    re.IGNORECASE,
)
# A finite verb right after a place: the place is the subject of a clause of its own, not the next item of a list.
_FINITE_AFTER_RE = re.compile(r"\s+(?:is|are|was|were|has|have|had|remains|remained|fell|falls|lies|sits|will|would|"
                              r"could|may|might|must)\b")
# A distance or a bearing before a place: "150km southwest of Kabul", "north of Kunduz", "20 miles from Herat".
_BEARING_RE = re.compile(r"(?:\b(?:km|kilomet(?:er|re)s?|miles?)\b[^,.;]{0,25}?|\b(?:south|north|east|west|[a-z]*(?:west|east))"
                         r"\s+)(?:of|from)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}$"
                         # "on the road between Kandahar and Quetta", "the highway linking Kabul to Kandahar"
                         r"|\b(?:between|linking|connecting|via)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}$", re.IGNORECASE)
_IN_RE = re.compile(r"^\s*,?\s*(?:in|of|at)\s+(?:the\s+)?(?:(?!and\b|or\b)[\w\-’']+\s+){0,3}$", re.IGNORECASE)
# (not "were at the palace and Kabul fell": a conjunction ends the phrase)
_PREP_RE = re.compile(r"\b(?:in|at|near|from|for|by|of\s+which)\s+(?:the\s+)?(?:(?!(?:and|or|but)\s)[\w\-’']+\s+){0,2}$",
                      re.IGNORECASE)
_SEP_RE = re.compile(r"(?:,|;|\band\b|\bor\b|\bas\s+well\s+as\b|\b(?:along|together)\s+with\b|&)\s*(?:also\s+)?(?:(?:in|at|around|of)\s+)?(?:the\s+(?:city|town|"
                     r"cities|district|province)\s+of\s+|the\s+(?:nearby\s+|neighbou?ring\s+|adjacent\s+|surrounding\s+)?)?$",
                     re.IGNORECASE)
_IN_TARGET_RE = re.compile(r"\b(?:in|inside|within|across|for\s+control\s+of|over|around\s+the\s+centre\s+of|"
                           # "street fighting engulfed Lashkar Gah", "fighting spread to Kunduz"
                           r"engulfed|gripped|rocked|spread\s+to|spread\s+into|reached\s+(?:the\s+(?:centre|center)\s+of)?)\b",
                           re.IGNORECASE)
# Capitalised names that are institutions or people's titles, not places: never warned about.
_INSTITUTION_RE = re.compile(
    r"\b(?:Directorate|Ministry|Council|Department|Office|Army|Corps|Police|Union|Nations|Embassy|Post|Times|News|"
    r"Agency|Party|Front|Alliance|Forces|Force|Security|Service|Committee|Government|President|Minister|General|"
    r"Twitter|Facebook|Telegram|TV|Radio|January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Aug|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
# A run of capitalised words, with the lower-case words a place name can hold ("Mazar-i-Sharif", "Kandahar city").
_CAPRUN_RE = re.compile(r"[A-Z][\w’'\-]*(?:[ \-](?:[A-Z][\w’'\-]*|(?:e|i|ye|yi|al|ul|of|wa|city|town|province|provinces|"
                        r"district|districts|airport|international|air|base|airfield|airbase)\b))*")
_WORD_RE = re.compile(r"[^\W\d_][\w’'\-]*")
_QUALIFIERS = frozenset("city town province provinces district districts airport international air base airfield "
                        "airbase dc pc bcp".split())
_CONNECTORS = frozenset("e i ye yi al ul of wa".split())  # "wa": "and" in Dari names ("Kuran wa Munjan")
_STOP = frozenset("the a an in on at as and but for from of to by with after before during when while this that "
                  "these those it its their his her he she they we our monday tuesday wednesday thursday friday "
                  "saturday sunday january february march april june july august september october november "
                  "december most many several some all both other only two three four five six seven eight nine "
                  "ten dozens hundreds more fewer".split())  # (quantifiers: "Most districts in Badghis are ...")
# Before "the district": another district named or meant ("witnesses in Rukha district", "a district is assessed").
_OTHER_DISTRICT_RE = re.compile(r"\b(?:[A-Z][\w\-’']+\s+district|(?:a|any|each|every)\s+district)\b")
# ("DC", "PC": a district centre, a provincial capital, as humanitarian reports write them)
_REF_HINT_RE = re.compile(r"\b(?:city|town|airport|capital|district|districts|cities|towns|capitals|base|airbase|airfield|valley|crossing|"
                          r"DC|PC)\b")
_REF_RE = re.compile(
    r"\b(?P<both>(?:both|all\s+(?P<n>two|three|four|five)|the\s+(?P<n2>two|three|four|five))\s+(?:provincial\s+capitals|"
    r"cities|towns|districts|district\s+cent(?:re|er)s))\b"
    r"|\b(?:the|its)\s+(?:(?:city|town)[’']s\s+)?(?:(?:main|international|local)\s+)?(?P<airport>airport)\b"
    r"|\bthe\s+(?:(?:sprawling|former|huge|main|military|US|U\.S\.|American|NATO)\s+)?(?P<base>(?:air\s*)?base|airfield)\b"
    r"|\bthe\s+(?:(?:\w+|[\w\-]+)\s+){0,2}?(?P<city>city|town|(?-i:PC))\b(?![’']s|\s+of\b|\s*,\s*(?-i:[A-Z]))"
    # "confirmed the district had fallen": the district the report is about (not "the district centre of X",
    # "the district governor", "much of the district around the bazaar")
    r"|\bthe\s+(?P<valley>valley)\b"
    # "The crossing has been under Taliban control since 8 July": the crossing named before (not "the crossing with Iran")
    r"|\bthe\s+(?:(?:border|main|busy|key)\s+)?(?P<crossing>crossing(?:\s+point)?)\b(?!\s+(?:with|into|to|from|at|of)\b)"
    r"|\bthe\s+(?P<district>district|(?-i:DC))(?:\s+(?:centre|center|headquarters))?\b(?![’']s|\s*,\s*(?-i:[A-Z])|\s+(?:centres?|centers?|"
    r"of|around|near|in|where|governor|chief|police|council|head|administrator|officials?|authorities|spokes\w+|"
    r"commander|level)\b)",
    re.IGNORECASE,
)


# Small patterns of the rules below, compiled once (hot loops called re.* with string patterns).
_COLON_LIST_RE = re.compile(r"[^.;:]{0,80}:\s*")
_POSSESSIVE_RE = re.compile(r"[’']s$")
# A speaker named through the actor of the sentence: "their spokesman said", "its fighters said".
_OWN_VOICE_RE = re.compile(r"\b(?:their|its)\s+(?:own\s+)?(?:[\w\-]+\s+)?(?:spokes(?:man|woman|person|people)|commanders?|"
                           r"leaders?|leadership|officials?|fighters|members|statement|website|account|media|"
                           r"representatives?|negotiators?|envoy)\b", re.IGNORECASE)
# What may stand between a parenthetical speech verb and its closing comma: ", officials said on Saturday, ..."
_PAREN_AFTER_RE = re.compile(r"(?:\s+(?:on|in|to|by|at|from|via|over|late|early|earlier|later|yesterday|today|last)\b"
                             r"[^,;.:“”\"]{0,40})?\s*,")
# "The Taliban on Thursday claimed ...": the day is when they spoke, not who spoke.
_SPEAKER_DATE_RE = re.compile(r"\s+(?:(?:on|late|early)\s+)*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|"
                              r"last\s+night|overnight)(?:\s+(?:morning|afternoon|evening|night))?\s*$", re.IGNORECASE)
# A live page's time stamp before a line: "06:45 GMT - ", "45 GMT - " (after a colon cut)
_TIME_ZONES = r"(?:GMT|UTC|BST|CET|CEST|EDT|EST|ET|PDT|PST|PT|IST|AFT|PKT|local\s+time|am|pm)"
_TIMESTAMP_RE = re.compile(r"^\s*(?:\d{1,2}[:.])?\d{2}\s*" + _TIME_ZONES + r"?\s*[-–—:]\s*", re.IGNORECASE)
_CLOCK_BEFORE_RE = re.compile(r"\b\d{1,2}[:.]\d{2}\s*$")
_WHO_BEFORE_RE = re.compile(r",\s*(?:who|which)\s+(?:also\s+|later\s+|then\s+|had\s+|has\s+)?$", re.IGNORECASE)
_RAISING_RE = re.compile(r"\s+to\s+(?:have|be)\b", re.IGNORECASE)
_DETERMINER_END_RE = re.compile(r"\b(?:these|those|the|such|their|its|his|her|our|a|an|any|all|both|conflicting|"
                                r"unverified|earlier|latest|similar|media|news)\s+$|\w[’']s\s+$", re.IGNORECASE)  # ("the NRF's claims")
_SPEAKER_TAIL_RE = re.compile(r"\s+(?:had|has|have|also|then|later|earlier|officially|however|flatly|strongly|"
                              r"categorically|quickly|immediately|swiftly|firmly|repeatedly|publicly|,)+\s*$")
_STATEMENT_DATE_RE = re.compile(r"\b(?:said|says|told\s+[\w/.]+(?:\s+[A-Z][\w/.]*)?|reported|confirmed|stated|announced|declared|issued|"
    r"added|claimed|denied|statement|grew|appearance)\s+(?:(?!that\b)\w+\s+){0,1}(?:late\s+|early\s+)?"
    r"(?:on\s+)?$")
# "In a statement posted on Twitter on Saturday, ...": the day of a statement.
_STATEMENT_POSTED_RE = re.compile(r"\b(?:statement|posted|tweeted|tweet|post|message|video|interview|news\s+conference|"
                                  r"press\s+conference)\s+(?:[\w/.]+\s+){0,3}?(?:late\s+|early\s+)?(?:on\s+)?$",
                                  re.IGNORECASE)
# "The Taliban on Thursday claimed that ...": a day between the speaker and the speech verb is the statement's.
# The verbs that tell a statement, its speaker before them ("said", "announced", ...)
_STATEMENT_VERBS = r"said|says|claimed|announced|reported|told|confirmed|stated|added|insisted|declared"
_STATEMENT_AFTER_RE = re.compile(r"\s*(?:" + _STATEMENT_VERBS + r"|claims|denied)\b")
_CONDITIONAL_RE = re.compile(r"\s*(?:if|unless|whether)\b", re.IGNORECASE)
_THEIR_RE = re.compile(r"\b(?:their|its)\b")
_OF_THEIR_MEN_RE = re.compile(r"(?:\s+of)?\s+(?:its|their)\s+(?:own\s+)?(?:forces|fighters|men|troops|soldiers|members|"
                              r"commanders|mujahideen)\b", re.IGNORECASE)
_APPOSITION_RE = re.compile(r"[^.;,–—]{0,30}[,–—(]\s*(?:the\s+)?")
_ANONYMITY_RE = re.compile(r",?\s+(?:speaking\s+on\s+condition|who\s+(?:asked|declined|spoke|requested|did\s+not\s+want)|"
                           r"on\s+condition\s+of\s+anonymity)\b.*$", re.IGNORECASE | re.DOTALL)
# An aside between a speaker and the verb: "X, who spoke on condition of anonymity, said", "X, speaking by phone, said".
_ASIDE_BEFORE_VERB_RE = re.compile(r",\s*(?:who\s+(?:spoke|asked|declined|requested|did\s+not|was\s+not)|speaking|"
                                   # "The Islamic Emirate, as the Taliban call themselves, said ...": a name, explained
                                   r"as\s+(?:[\w\-]+\s+){1,3}(?:calls?|called|styles?|styled|names?|named)\s+(?:themselves|"
                                   r"itself|it|them)|as\s+(?:it|they)\s+(?:is|are)\s+(?:also\s+)?known)\b[^,;:“”\"]*,\s*$",
                                   re.IGNORECASE)
_PASSIVE_DENIAL_RE = re.compile(r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?"
                                r"(?P<verb>denied|rejected|dismissed|refuted)(?=\s+by\b)", re.IGNORECASE)
_LEAD_CONJ_RE = re.compile(r"^(?:but|and|while|though|although|yet|however,?)\s+", re.IGNORECASE)
# What men who held a place did next, when it was to leave it: "... Kandahar airport were flown out on Friday"
_LEFT_AFTER_RE = re.compile(r"\s+(?:the\s+)?(?:[\w\-’']+\s+){1,5}?(?:(?:were|was|had\s+been|have\s+been)\s+(?:flown|airlifted|"
                            r"evacuated|pulled)\s+out\b|(?:withdrew|pulled\s+out|left|retreated|fled|abandoned\s+it)\b"
                            r"(?!\s+(?:from|to|for|behind)\b))", re.IGNORECASE)
_GIVEN_UP_RE = re.compile(r"\b(?:surrendered|handed|given\s+up|ceded)\b", re.IGNORECASE)
_BY_AFTER_RE = re.compile(r"\s+by\s+(?:the\s+)?", re.IGNORECASE)
_NEAR_NOT_IN_RE = re.compile(r"\b(?:miles?|km|kilomet(?:er|re)s?|near|nearby|outside|towards?|closer|approach(?:es|ing)?|"
                             r"outskirts|edges?|around)\b", re.IGNORECASE)
# Fighting that ended, or ended in someone leaving: "the fighting there had stopped", "forced them to withdraw"
_FIGHT_OVER_RE = re.compile(r"\b(?:stopped|ended|ceased|subsided|died\s+down|halted|withdr\w+|retreat\w*|drove|driven|"
                            r"pushed\s+(?:out|back)|took\s+back)\b", re.IGNORECASE)
_RESIDENTS_OF_RE = re.compile(r"\b(?:residents?|inhabitants)\s+(?:of|in)\s+(?:the\s+)?$", re.IGNORECASE)
_WHO_HAD_RE = re.compile(r"\bwho\s+(?:had\s+|have\s+)?(?:been\s+)?$", re.IGNORECASE)
_POST_AFTER_RE = re.compile(r"(?:\s+to\s+(?:the\s+)?[\w\-]+(?:\s+[\w\-]+)?)?\s+(?:at|inside)\s+(?:the\s+)?")
_GIVER_GAP_RE = re.compile(r"\s+(?:(?:had|has|have|was|were|also|formally|officially|finally|already|just|then)\s+)*")
# "a new government", "an interim administration": one still to be formed, no side that holds anything
_NEW_REGIME_BEFORE_RE = re.compile(r"\b(?:a|an)\s+(?:new|interim|caretaker|inclusive|transitional|future|provisional)\s+$",
                                   re.IGNORECASE)
_INDEFINITE_BEFORE_RE = re.compile(r"\b(?:a|an|any)\s+$", re.IGNORECASE)
# (the side's word ends its phrase: "a government, more than two weeks after", not "a government official")
_NO_NOUN_AFTER_RE = re.compile(r"\s*(?:[,.;:)]|$|(?:after|before|that|which|who|in|of|for|to|by|and|or|until|with|soon|"
                               r"yet|since|when|while|as)\b)", re.IGNORECASE)
_POSS_PRONOUN_BEFORE_RE = re.compile(r"\b(?:its|their)\s+(?:(?:new|own|interim|future|caretaker)\s+)?$", re.IGNORECASE)
_CLAUSE_AFTER_RE = re.compile(r"\s+(?:that\s+)?(?:[\w\-’']+\s+){2}")  # a complement of two words or more
_CONJ_END_RE = re.compile(r"\b(?:but|and|yet)\s*$", re.IGNORECASE)  # a verb's subject slot that holds only these
_CLAIM_NOUN_RE = re.compile(r"(?P<who>(?:[Tt]he\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})[’']s?\s+(?P<noun>claims?|assertion)"
                            r"\s+(?:of|that|to\s+have)\b")
_CLAIM_CALLED_FALSE_RE = re.compile(r"\s*(?:the|this|that|their|its)\s+claims?\b[^.;]{0,200}?\s(?P<verdict>(?:is|was|are|were)\s+"
                                    r"(?:a\s+|an\s+)?(?:complete\s+|total\s+|blatant\s+|utter\s+|outright\s+)?[“\"]?"
                                    r"(?:lies?|false|baseless|untrue|unfounded|propaganda|fabricat\w+|not\s+true))\b",
                                    re.IGNORECASE)
# "The claim made by the Taliban on Friday that they have captured Paryan ...": the same, its owner after "by"
_CLAIM_BY_RE = re.compile(r"\b(?P<noun>claims?|assertion)\s+(?:made\s+|issued\s+)?by\s+(?P<who>(?:the\s+)?[A-Z][\w\-]*"
                          r"(?:\s+[A-Z][\w\-]*){0,3})(?:\s+(?:on|late\s+on|early\s+on)\s+\w+(?:\s+\d{1,2})?)?\s+(?:of|that|to\s+have)\b")
_ALL_OF_RE = re.compile(r"\b(?:all|every|each)\s+(?:(?:the|its|\w+)\s+){0,2}\w", re.IGNORECASE)  # ("all seven districts")
_PLACES_OF_END_RE = re.compile(r"(?:(?:^|,\s+)(?:the\s+)?|\bthe\s+)(?:districts?|towns?|cities|city)\s+of\s+$", re.IGNORECASE)
_PARTS_OF_RE = re.compile(r"\b(?:districts?|towns?|villages?|areas|parts|much|most|swathes?|(?:district|town|village)\s+"
                          r"after\s+(?:district|town|village))\s+(?:of|in|across)\s+(?:the\s+)?(?:[\w\-]+\s+)?$", re.IGNORECASE)
_BACK_ONLY_RE = re.compile(r"^\w+\s+back\s+(?:out\s+of|from)$", re.IGNORECASE)
# The verb of a sentence whose subject is a claim, which ends what the claim says: "The Taliban's claims to have seized
# Spin Boldak came after they overran Islam Qala" (what follows is the reporter's)
_CLAIM_SCOPE_END_RE = re.compile(r"\s(?:came|come|comes|followed|follows|prompted|sparked|drew|triggered)\b")
_REF_MODIFIER_RE = re.compile(r"\s+(?:compound|headquarters|office|offices|building|buildings|governor|police|chief|"
                              r"prison|jail|hospital|council)\b", re.IGNORECASE)
_OF_PROPER_RE = re.compile(r"\s+of\s+(?-i:[A-Z])[\w\-’']+")
# ("fighting was continuing in Pul-e Hesar, where Taliban fighters were holding out in the district compound": a building)
_IN_A_BUILDING_RE = re.compile(r"(?:(?:\s+out)?\s+(?:in|at|inside))?\s+(?:the\s+|a\s+)?(?:[\w\-’']+\s+){0,2}?(?:compound|"
                               r"headquarters|office|offices|building|buildings|palace|prison|fort)\b", re.IGNORECASE)
_SELF_NAMED_RE = re.compile(r"\s+(?:himself|herself|themselves|itself)\b", re.IGNORECASE)
_SPEAKER_CUT_RE = re.compile(r"[,;:.]|\s[—–]\s")
_SPEAKER_APPOSITION_RE = re.compile(r",\s+(?:an?|the)\s+[^,;]{2,60}?(?=[.;]?\s*$)")
_TOLD_OBJECT_RE = re.compile(r"\s+(?:(?:the\s+)?[A-Z][\w/.\-]*(?:\s+[A-Z][\w/.\-]*)*|reporters|journalists|him|her|them|us)"
    r"(?=[\s,.]|$)")
_COMMA_END_RE = re.compile(r",\s*$")
_INVERTED_SPEAKER_RE = re.compile(r"\s+(?:[A-Z]|an?\s|the\s)")
_INVERTED_END_RE = re.compile(r"(?:,[”\"]?|[”\"],)\s*$")  # ', said X' and '..." said X' / '...,” said X'
# ", Zabihullah Mujahid, a Taliban spokesman, said": a name and its apposition before a trailing speech verb
_NAME_APPOSITION_RE = re.compile(r"\s*(?:[A-Z][\w\-’'.]*\s+){0,3}[A-Z][\w\-’'.]*,\s+(?:an?|the)\s+[^,;:“”\"]{2,70}$"
                                 r"|\s*(?:an?|the)\s+[^,;:“”\"]{2,70},\s+(?:[A-Z][\w\-’'.]*\s+){0,3}[A-Z][\w\-’'.]*$")
_LEAD_ADVERBIAL_RE = re.compile(r"\s*(?:(?:[Ii]n|[Oo]n|[Aa]t|[Ee]arlier|[Ll]ater|[Hh]owever|[Mm]eanwhile|[Ss]eparately|"
                                r"[Ee]lsewhere|[Aa]dditionally|[Ff]urthermore|[Aa]lso)\b[^,]{0,60},\s*)"
    r"|\s*(?:[Bb]ut|[Aa]nd|[Yy]et)\s+")
_SPACES_RE = re.compile(r"\s+")
_NEGATIVE_WORD_RE = re.compile(r"\b(?:not|never|no)\b", re.IGNORECASE)
_CAPITAL_APPOSITION_RE = re.compile(r"\s*(?:,\s*[A-Z]|of\b|[–—])")
_BY_AGENT_RE = re.compile(r"\s+by\s+([^,.;:!?()“”\"]{2,80})")
_REL_WHO_RE = re.compile(r",?\s*(?:which|who|whose)\b", re.IGNORECASE)
_PROPER_NAME_RE = re.compile(r"\s*(?:[A-Z][\w\-’']*\s*){1,4}")
_QUOTE_END_RE = re.compile(r"[”\"],?\s*$")
_POSSESSIVE_S_RE = re.compile(r"[’']s?$")
_CAPITAL_OF_RE = re.compile(r"[,\s]*(?:all\s+)?(?:the\s+)?(?:[\w\-]+\s+){0,2}(?:capital|city|town|district|village|province|districts|cities|"
                            r"towns|villages|provinces|(?:district|provincial)\s+(?:headquarters|centre|center|seat))\s+of\s+")
_DASH_SEP_RE = re.compile(r"\s*[–—-]\s*(?:and\s+)?")
_APPOS_SPAN_RE = re.compile(r",\s*[^,;:“”\"]{1,140},\s*(?:(?:has|had|have|was|were|is|are|remains?|remained|stays?|stayed)\s+"
                            r"(?:been\s+)?)?"
                            r"(?:(?:also|now|finally|quickly|reportedly|still|firmly)\s+)?")
# (and an apposition's own relative clause: "Kunduz, the northern city that has been under Taliban control since August
# 8, was calm")
_REL_SPAN_RE = re.compile(r",\s*(?:which|who|whose|where)\b[^,;:“”\"]*,"
                          r"|,\s*(?:the|a|an)\s+(?:[\w\-’']+\s+){0,3}?(?:city|town|district|province|capital|crossing|airport|"
                          r"base|valley|hub|centre|center)\s+that\b[^,;:“”\"]*,")
_REL_CLAUSE_RE = re.compile(r",?\s*(?:which|who|whose|where|when)\b", re.IGNORECASE)
_STOP_PUNCT_RE = re.compile(r"(?<![A-Z])\.|;")  # (not the points of "U.S.")
# Fighting at a place's edge or forcing its way in contests the place: "clashes on the outskirts of Kunduz city",
# "battling their way into Sar-e Pul" (without fighting, "reached the outskirts of" is only where they are).
_SEMI_ITEM_RE = re.compile(r";\s*(?:and\s+)?(?-i:[A-Z])[\w\-’']*(?:[\s\-](?-i:[A-Z])[\w\-’']*)*(?=\s*[,;.]|\s*$)")
_IT_BEFORE_RE = re.compile(r"\b(?:since|after|when|before|as|until|because|and|but)\s+it\s+(?:had\s+|has\s+|then\s+|later\s+)?$",
                           re.IGNORECASE)
_SINCE_CLAUSE_RE = re.compile(r"\bsince\s+(?:the\s+)?(?:[\w\-’']+\s+){0,3}?(?:had\s+|has\s+)?$", re.IGNORECASE)
_CIVIL_SUBJECT_RE = re.compile(r"\b(?:team|delegation|delegates|negotiators|diplomats|envoys?|leaders?|president|minister|"
                               r"officials|families|residents|refugees|civilians|traders|students|staff|journalists|"
                               r"passengers|people|displaced|returnees)\s+(?:(?:had|has|have|also|later|then)\s+)*$",
                               re.IGNORECASE)
_CAPTION_QUOTE_RE = re.compile(r"\b(?:caption(?:ed)?|titled|headlined|with\s+the\s+(?:claim|text|words)(?:\s+that)?)\s*:?\s*"
                               r"[\"“‘'][^\"“”’]*$", re.IGNORECASE)
_PREVENT_FROM_RE = re.compile(r"\b(?:stop|stops|stopped|stopping|prevent|prevents|prevented|preventing|keep|keeps|kept|"
                              r"keeping|block|blocks|blocked|blocking|bar|barred|deter|deterred|hold\s+off|stave\s+off)\s+"
                              r"(?:[\w\-’']+\s+){0,4}?from\s+$", re.IGNORECASE)
_EXCEPT_GAP_RE = re.compile(r"\b(?:except|excepting|excluding|apart\s+from|other\s+than|save\s+for|but\s+for|but\s+not|"
                            r"with\s+the\s+exception\s+of)\b", re.IGNORECASE)
_AREAS_AROUND_RE = re.compile(r"\b(?:districts?|towns|provinces)\s+around\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}$",
                              re.IGNORECASE)
_CONTEST_REACH_RE = re.compile(r"(?:\b(?:on|at|in|around|reached|reaching|reaches|into)\s+the\s+(?:(?:northern|southern|eastern|western)\s+"
                               r"(?:(?:and|or)\s+(?:northern|southern|eastern|western)\s+)?)?"
                               r"(?:outskirts|edges?|gates|suburbs|outer\s+districts)\s+of|\bat\s+the\s+(?:entrance|mouth|gates?)\s+(?:to|of)"
                               # "fighting continued in the neighbouring district of Almar": that district
                               r"|\b(?:in|inside)\s+the\s+(?:(?:neighbou?ring|nearby|adjacent|northern|southern|eastern|western|"
                               r"central|key|strategic|restive)\s+)?(?:district|town|city|(?:two|three|four|)\s*districts)\s+of"
                               r"|\b(?:their|its|his)\s+way\s+into|\bspread\s+(?:to|into)|\baround|\bto\s+(?:retake|recapture|take|capture|seize|defend|hold|reclaim)"
                               r"|\bfor\s+(?:the\s+)?control\s+(?:of|over))\s+(?:the\s+)?"
                               r"(?:[\w\-]+\s+){0,3}$", re.IGNORECASE)
# "the Panjshir valley": the valley is the place fought over, not the province at large
_VALLEY_RE = re.compile(r"\s+[Vv]alley\b")
# "In the southern city of Lashkar Gah, (about 50 km away,) fighting raged": the place of a clause fronted before it
_FRONT_IN_RE = re.compile(r"\s*(?:[A-Z]+:\s+)?(?:In|At|Inside|Around)\s+(?:the\s+)?(?:(?:nearby|neighbou?ring|adjacent|"
                          r"northern|southern|eastern|western|central)\s+)?(?:(?:[\w\-]+\s+){0,3}?"
                          r"(?:city|town|district|capital|village|valley|province)\s+(?:of\s+)?)?")
# A hold with no object, its place set first: "In nearby Aliabad district, ..., the Taliban are still in control",
# "In the Panjshir valley, resistance forces are still holding out against the Taliban"
_HOLD_END_RE = re.compile(r"(?:\s+against\s+(?:the\s+)?[\w\-’']+(?:\s+[\w\-’']+)?)?"
                          # ("remained in control on Tuesday")
                          r"(?:\s+(?:(?:on|late|early|by)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                          r"(?:\s+(?:morning|afternoon|evening|night))?|overnight|yesterday|today|tonight))?"
                          r"\s*(?:[,.;:]|$|and\b|but\b|(?:there|here|now)\b)")
_FRONT_HOLD_IN_RE = re.compile(r"\s*(?:In|Inside|At)\s+(?:the\s+)?(?:(?:nearby|neighbou?ring|adjacent|northern|southern|"
                               r"eastern|western|central)\s+)?(?:(?:city|town|district|valley)\s+of\s+)?")
_FRONT_HOLD_GAP_RE = re.compile(r"(?:\s+(?:district|city|town|valley|province)\b)?(?:[^,;:.“”\"]{0,40}?)(?:\s*,[^,;:.“”\"]{0,80})?,"
                                r"\s*(?:[\w\-’'.]+\s+){1,5}?(?:(?:are|is|were|was|remain|remains|remained)\s+(?:(?:still|now|"
                                r"firmly|fully)\s+){0,2}(?:in\s+(?:full\s+|firm\s+|complete\s+)?)?)?$")
# (the subject may be both sides: "In Kunduz, Taliban and government forces clashed on Sunday")
_FRONT_GAP_RE = re.compile(r"(?:\s+(?:valley|district|city|town))?(?:\s+(?:itself|proper))?\s*(?:,[^,;:.“”\"]{0,60})?,\s*(?:[\w\-]+\s+){0,6}$")
_LOCAL_VOICE_RE = re.compile(r"\s*,\s*(?:(?:some|several|many|two|three|local|frightened)\s+)?(?:residents?|locals|witness(?:es)?|"
                             r"villagers|shopkeepers|people\s+there|a\s+resident|one\s+resident)\s+", re.IGNORECASE)
_AGENT_PREP_RE = re.compile(r"(?:\b(?:to|by|of|with)\s+|^\s*)(?:the\s+)?(?:[\w\-]+\s+(?:and\s+)?)?$")
_YEAR_RE = re.compile(r"\b((?:19|20)\d\d)s?\b")  # (a decade, "the 1990s", is its first year)
_YEAR_LEAD_RE = re.compile(r"((?:19|20)\d\d)\s*(?::|[–—-]\s)")  # a timeline's line of a year: "1994: ...", "2001 – ..."
_MEASURED_SINCE_RE = re.compile(r"\b(?:since|than(?:\s+in)?|(?:as|like)\s+in)\s+$", re.IGNORECASE)
_EXACT_YEAR_RE = re.compile(r"\b((?:19|20)\d\d)\b")  # (a decade is too vague to set the next sentence's time)
# "in the hands of (the) Afghan forces", "in the hands of forces loyal to Ahmad Massoud"
# ("in the hands of the Afghan government": a capitalised word may qualify the side)
_OF_AGENT_RE = re.compile(r"(?:\s+of)?\s+(?:the\s+)?(?:(?:forces|fighters|men|militias?|troops)\s+(?:loyal|allied)\s+to\s+"
                          r"(?:the\s+)?)?(?:[A-Z][a-z]+\s+)?")
_TO_AGENT_RE = re.compile(r"\bto\s+(?:the\s+)?(?:[\w\-]+\s+)?$")

# "the only places still held by government forces were the airport and ...": the held places follow a copula.
_COPULA_RE = re.compile(r"\s+(?:[\w\-’']+\s+){0,3}?(?:were|are|was|is|remain(?:s|ed)?)\s+(?:still\s+)?(?=\S)",
                        re.IGNORECASE)
# A speaker named only by a pronoun: the attribution is whoever was named before ("..., he said").
# (also "it" and a document, after a side's statement: "It said Bamyan had come under the mujahideen's control")
_PRONOUN_SPEAKER_RE = re.compile(r"\s*(?:he|she|they|it|one of them|both of them|the two|the\s+(?:same\s+)?(?:statement|"
                                 r"announcement|communiqu[eé]|message|release|letter|post|video|audio\s+message)"
                                 r"(?:,\s+[^,]{1,60},?)?)\s*$", re.IGNORECASE)
_DEFINITE_ROLE_RE = re.compile(r"\s*the\s+(?P<role>commander|spokes(?:man|woman|person)|official|source|lawmaker|"
                               r"fighter|journalist|resident)\s*$", re.IGNORECASE)
# Before a gerund that is a noun, not a deed: "that seizing Kabul would be costly", "talk about taking Kandahar"
# (not "of": "the Taliban's claim of capturing Spin Boldak")
_GERUND_LEAD_RE = re.compile(r"\b(?:that|than|whether|about|against|without)\s*$", re.IGNORECASE)
_POSS_PLACES_RE = re.compile(r"[’']s\s+(?:[\w\-]+\s+){0,2}?(?:districts|district\s+cent(?:re|er)s|cities|towns|capitals|"
                             r"border\s+crossings|crossings|bases)\b")
_BY_OR_VERB_RE = re.compile(r"\b(?:by|from|to|with|told|said|confirmed|according\s+to)\s")
# ("Jalalabad fell in September 1996, days before they entered Kabul": counted from then, with or without a number)
# (or with a gerund right after the year's clause: "when they emerged in 1994, before taking Kandahar itself")
_COUNTED_FROM_RE = re.compile(r"\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+"
                              r"(?:years?|months?|weeks?|days?)|years|months|weeks|days)\s+(?:before|after|later|earlier)\b"
                              r"|,\s*(?:shortly\s+|soon\s+|just\s+)?(?:before|after)\s+(?=\w+ing\b)"
                              # ("briefly fell to the insurgents in 2019 before government forces recaptured it")
                              r"|(?<=\d\d\d\d),?\s+(?:shortly\s+|soon\s+|just\s+)?(?:before|until)\s+(?=(?:[\w\-]+\s+){0,3}?"
                              r"(?:forces|troops|fighters|militias?|they|the\s+army)\b)", re.IGNORECASE)
# (its years may be set off by a comma of their own: "Kunduz, a city the Taliban had captured before, in 2015 and 2016,")
_ASIDE_SPAN_RE = re.compile(r",\s*(?:the|a|an|for|once|long|its|which|who)\b[^,;:“”\"]{1,140}"
                            r"(?:,\s*(?:in|between|from|during)\s+(?:the\s+)?(?:19|20)\d\d[^,;:“”\"]{0,40})?,")
_REL_WORD_RE = re.compile(r"\b(?:who|which|whose)\b|,\s*where\b")  # (", where British troops fought for years")
_DESPITE_CLAIMS_RE = re.compile(r"\bdespite\s+(?:[\w\-’']+\s+){0,3}?(?:claims?|assertions?|statements?|reports?|"
                                r"announcements?|assurances?|insistence)\s+(?:that\s+|to\s+)?[^,;.]{0,60}$", re.IGNORECASE)
_MODAL_AFTER_RE = re.compile(r"\s+(?:could|may|might|would|will|is\s+expected\s+to|was\s+expected\s+to|threatens\s+to|"
                             r"threatened\s+to)\b"
                             # ("Fighting in Panjshir is expected to diminish as winter approaches")
                             r"|\s+(?:in|around|near|for|over)\s+(?:the\s+)?(?:[\w\-’']+\s+){1,4}?(?:could|may|might|would|will|"
                             r"(?:is|are)\s+(?:expected|likely|set|poised|unlikely)\s+to)\b", re.IGNORECASE)
_DANGER_OF_RE = re.compile(r"\b(?:danger|risk|threat|verge|brink|point|fear|fears|prospect)\s+of\s+$", re.IGNORECASE)
_PERFECT_NOW_RE = re.compile(r"\b(?:has|have)\s+(?:\w+\s+)?(?:been|left|given|brought|made|put|opened)\b|\bnow\b", re.IGNORECASE)
# "The claim was confirmed on Monday by a local journalist in Taloqan", "Officials confirmed the claim"
_CONFIRM_CLAIM_RE = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]heir|[Ii]ts|[Hh]is)\s+(?:[\w\-’']+\s+)?(?:claims?|announcement|"
    r"account|report)\s+(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:later\s+|since\s+|independently\s+)?"
    r"(?:confirmed|verified|corroborated)\b(?:[^.;]{0,40}?\bby\s+(?P<by>[^,;.]{2,80}))?"
    r"|^(?P<who>[A-Z][^,;.“”\"]{2,80}?)\s+(?:later\s+|independently\s+)?(?:confirmed|verified|corroborated)\s+(?:the|this|"
    r"that|their|its)\s+(?:[\w\-’']+\s+)?(?:claims?|announcement|account|report)\b")
_RECENT_PAST_DAYS = 800  # a day given in full, this far back at most, is a claim's own (anniversary pieces)
_IMPERATIVES = frozenset({"Take", "Capture", "Seize", "Conquer", "Overrun", "Enter", "Hold"})
# A surrender verb: troops giving up (their position), not a place being surrendered.
_SURRENDER_RE = re.compile(r"surrender|themselves\s+up|down\s+(?:their\s+)?(?:arms|weapons)", re.IGNORECASE)
# Where troops stand: "troops at Kandahar airport surrendered", "the garrison in Qalat gave themselves up".
_POST_RE = re.compile(r"\b(?:at|in|inside|defending|guarding|holding)\s+(?:the\s+)?$", re.IGNORECASE)
# Troops named by what they are, not by side. The whole force of a place gives it up ("the garrison at the airport
# surrendered"); some of them give up only themselves ("hundreds of soldiers in Kunduz surrendered"), unless they give
# up their posts ("soldiers in Baharak surrendered their posts to the insurgents").
_TROOPS_RE = re.compile(r"\b(?:(?P<whole>garrison|defenders)|soldiers|troops|servicemen|policemen|police|commandos|"
                        r"militiamen)\b", re.IGNORECASE)
_THEIR_POSTS_RE = re.compile(r"\s+(?:all\s+)?(?:their|its)\s+(?:[\w\-]+\s+)?(?:posts|positions|bases|base|checkpoints|"
                             r"outposts|headquarters|compound)\b", re.IGNORECASE)
# "... the guns they had at the airport", "the men stationed at the airport": the troops' post, named.
_AT_RE = re.compile(r"\b(?:they|them|their|troops|soldiers|men|forces|garrison|commanders?|army|corps)\b"
                    r"[^.;:,]{0,60}\b(?:at|inside)\s+$", re.IGNORECASE)

# "... had taken it", "took it back": the object is the city named last (in this sentence, else the one before).
_IT_OBJ_RE = re.compile(r"\s+(?P<it>it)\b(?=\s+(?:back|over)\b|\s*[.,;]|\s*$|\s+(?:a|an|one|two|three|several|\d+)\s+"
                        r"(?:day|days|hours?)\s+(?:later|after)\b|\s+(?:on|in|late|early|after|without|"
                        r"last|overnight|yesterday|today|from|by|within|around|again)\b)", re.IGNORECASE)
_IT_SUBJ_RE = re.compile(r"(?:^|[,;:?]\s+|\b(?:and|but|after|before|when|since|as|until|that)\s+)(?P<it>[Ii]t)(?:[’']s\s+|\s+)"
                         r"(?:(?:has|had|have|is|was)\s+)?(?:been\s+)?(?:(?:also|then|quickly|finally|reportedly|now|later|"
                         r"still)\s+)?$")
# After an unknown name: the rest of a list of names and a place word ("Panjwai, Zhari and Arghandab districts").
_NAMED_PLACE_RE = re.compile(r"(?:\s*,\s*[A-Z][\w\-’']*(?:\s[A-Z][\w\-’']*)?)*(?:\s*,?\s+(?:and|or)\s+[A-Z][\w\-’']*"
                             r"(?:\s[A-Z][\w\-’']*)?)?\s+(?:district|districts|province|provinces|city|cities|town|towns|"
                             r"village|villages|valley)\b")
# What a capture verb may take that is not a place: people, arms, vehicles.
_MATERIEL_RE = re.compile(r"\b(?:soldiers|troops|servicemen|police(?:men)?|officers|commandos|fighters|men|members|crowds?|"
                          r"checkpoints?|posts?|outposts?|patrols?|"
                          r"personnel|prisoners|hostages|civilians|officials|people|passengers|workers|weapons|arms|"
                          r"ammunition|munitions|vehicles|humvees|tanks|trucks|cars|bus|buses|convoys?|helicopters?|"
                          r"aircraft|drones?|equipment|supplies|money|cash|documents|goods|cargo|shipments?|guns|rifles)\b",
                          re.IGNORECASE)
# "the Humvees that the Taliban had captured from Afghan forces in Kunduz": what was taken is elsewhere.
# A place in an aside that only says where the place before it is: "In Pul-e Hisar, also in Andarab, ..."
_ALSO_IN_RE = re.compile(r",\s+(?:also\s+|both\s+)?in\s+(?:the\s+)?$", re.IGNORECASE)
# A place one goes to, comes from or passes: "on his way to Kabul" (not what "the city" then means).
_PASSING_RE = re.compile(r"\b(?:to|towards?|via|near|outside|beyond|into|(?:(?:north|south)(?:-?(?:east|west))?|east|west)\s+of|"
                         r"(?:flown|sent|brought|dispatched|deployed|"
                         r"rushed)\s+(?:in\s+)?from)\s+(?:the\s+)?(?:[\w\-’']+\s+){0,2}$",
                         re.IGNORECASE)
# "Sheberghan: taken by the Taliban", "Herat airport: still held by government forces" (bullets, headlines)
# (after a bullet, and with what the place is in brackets: "- Farah (provincial capital): fell to NSAG on 10 August")
# (or a dash, before words of a status: "Sharana – handed over to the Taliban early this morning"; a colon before "Under
# Taliban control since 14 July")
_HEADLINE_RE = re.compile(r"\s*(?:[-–—•*·]\s+)?[A-Z][\w’'\-/ ]{1,50}?(?:(?:,|,?\s+and)\s+[A-Z][\w’'\-]*(?:[ \-][A-Z][\w’'\-]*){0,3})"
                          r"{0,5}"
                          r"(?:\s*\([^()]{1,40}\))?"
                          r"(?::\s+(?=[a-z]|still\b|now\b|"
                          r"Taliban\b|[A-Z]{2,}\b|(?:Under|Held|Controlled|Retaken|Taken|Captured|Fell|Contested|Remains?)\b)"
                          r"|\s+[–—-]\s+(?=(?:handed|taken|captured|seized|overrun|fell|retaken|recaptured|cleared|held|"
                          r"controlled|under|still|now|remains?|contested)\b))")
# A situation report's line: "Doshi: ANDSF.", "Kunduz airport / 217 Corps HQ: ANDSF (resupply by air)", "Darwaz: AOG
# control since 4 July": who holds it
_SITREP_REST_RE = re.compile(r"\s*(?:forces\s+)?(?:\([^)]*\)\s*)?(?:[.;]|$|control\b(?!\s+(?:of|over)\b)|since\s+(?=\d|"
                             r"(?:the\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|"
                             r"evening|morning|night)))", re.IGNORECASE)  # ("Mahmud-i-Raqi: Taliban since 15 Aug.")
_SITREP_RE = re.compile(r"(?P<hold_sitrep>)")
_CONTESTED_LABEL_RE = re.compile(r"(?P<contest_label>contested|under\s+attack|besieged)\b(?=\s*[.;,(]|\s*$)", re.IGNORECASE)
_BY_OR_TO_RE = re.compile(r"\s+(?:over\s+)?(?:by|to)\b")
_BETWEEN_RE = re.compile(r"\s+between\b")
_FROM_SIDE_RE = re.compile(r"\s*from\b", re.IGNORECASE)
# After a name: the thing it qualifies ("the Kunduz highway", "Kandahar prison", "the Herat governor").
_MODIFIER_RE = re.compile(r"\s+(?:highway|road|roads|bypass|river|dam|front|border(?!\s+(?:crossing|post|town|point|port)s?\b)|"
                          r"checkpoints?|gate|prison|jail|"
                          r"bazaar|market|university|hospital|stadium|garrison|corps|police|governor|governor's|"
                          r"council|residents|traders|elders|officials|clinic|mosque|school|bridge|pass|tunnel|"
                          r"operations?|offensive|campaign)\b", re.IGNORECASE)
# (or how: "Jalalabad surrendered without a fight", "... peacefully after talks with elders")
_TO_SIDE_RE = re.compile(r"\s+(?:(?:on|late|early)\s+\S+\s+)?to\b|\s*(?:on|in|late|early|last|overnight|yesterday|without|"
                         r"peacefully|after|following|hours\s+later|days\s+later|$|[.,;])", re.IGNORECASE)
_TIME_WORD_RE = re.compile(r"\b(?:[\w\-]*morning|afternoon|evening|night|noon|dawn|dusk|midnight|then|now|time|"
                           r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}(?::\d\d)?\s*(?:am|pm))\b", re.IGNORECASE)
# A hold of part of a place ("only a handful of buildings in the city"): the place itself is fought over.
_PART_RE = re.compile(r"\b(?:a\s+handful|a\s+few|some|parts?|pockets?|buildings|compounds|neighbou?rhoods|areas|"
                      r"positions|checkpoints|outposts|"
                      # "still held the governor's compound and the police headquarters in Lashkar Gah": a few buildings
                      r"governor[’']?s\s+(?:compound|office|residence|palace|mansion)|headquarters)\s+(?:of|in)\b",
                      re.IGNORECASE)
# "much of the city was in Taliban hands": a part of the place, named before the hold
_PART_BEFORE_RE = re.compile(r"\b(?:(?:large|big|several|some|many|most)\s+(?:parts?|areas|neighbou?rhoods|sections)|"
                             r"much|most|parts?)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_PART_TAKEN_RE = re.compile(r"\b(?:(?:large|big|several|some|many|most)\s+)?(?:parts?|areas|neighbou?rhoods|sections|"
                            r"pockets)\s+(?:of|in)\b|\bmuch\s+of\b", re.IGNORECASE)
# Some of a province's districts or towns: the province is not what was taken.
_SOME_OF_RE = re.compile(r"\b(?:districts?|cities|city|towns?|villages?|capitals|parts?|areas?|(?:district\s+)?cent(?:re|er)s|"
                         r"district\s+headquarters)\s+(?:in|of)\s+(?:the\s+)?"
                         r"(?:[\w\-’']+\s+){0,2}$", re.IGNORECASE)
_PROVINCES_NEXT_RE = re.compile(r"(?:\s+provinces?\b|(?:,\s*[A-Z][\w\-’']+(?:\s+[A-Z][\w\-’']+)?){0,6},?\s+and\s+"
                                r"[A-Z][\w\-’']+(?:\s+[A-Z][\w\-’']+)?\s+provinces\b)")
_REL_CUE_RE = re.compile(r"\b(?:where|which|who|whose)\b[^,;:“”\"]*", re.IGNORECASE)
# "seized Kunduz's main prison": a building of the place, not the place (as "the Kunduz prison")
_POSS_FACILITY_RE = re.compile(r"[’']s\s+(?:(?:main|central|provincial|city|old|new)\s+)?(?:prison|jail|police\s+headquarters|"
                               r"intelligence\s+(?:headquarters|directorate)|governor[’']s\s+(?:compound|office|house)|"
                               r"hospital|bazaar|market|university|stadium|radio|television|tv|mosque|bank|checkpoints?)\b",
                               re.IGNORECASE)
_POSS_NOUN_RE = re.compile(r"[’']s\s+(?:[a-z][\w\-]*\s+)*?(?:exports?|economy|markets?|prices?|population|people|residents|"
                           r"governor|police|schools?|hospitals?|traders|shops|streets|roads?|water|power|electricity|"
                           r"trade|imports?|budget|revenue|production|harvest|crops?|business|banks?)\b")
_PREP_END_RE = re.compile(r"\b(?:in|at|around)\s*$", re.IGNORECASE)
_POSS_ANY_RE = re.compile(r"[’']s\s+[a-z]")
# "In Herat, too, the insurgents are pushing in": a place set at the head of the sentence is its topic.
_FRONTED_RE = re.compile(r"\s*(?:[A-Z]+:\s+)?(?:In|At|Inside)\s+(?:the\s+)?")
# "Iranian", "Pakistani": adjectives of nations, never a place slot's name
# (and the points of the compass as adjectives: "the Western-backed government" names no place)
_DEMONYM_RE = re.compile(r"[A-Z][a-z]+(?:ian|ani|ese|ish|ean)s?|Americans?|Afghans?|Uzbeks?|Tajiks?|Turkmens?|"
                         r"(?:Western|Eastern|Northern|Southern)")
_POSS_NEXT_RE = re.compile(r"[’']s\s+")
_IT_HINT_RE = re.compile(r"\bit\b", re.IGNORECASE)
# A wire dateline opening a paragraph says where the story was filed, not what was taken: "KABUL, Aug 13 (Reuters) -",
# "GHAZNI, Afghanistan (AP) —", "FAIZABAD (Pajhwok):", "HERAT -", "Kabul (TOLOnews) -". An all-capitals place
# needs only the dash or colon after it; a place in ordinary case needs the agency in brackets.
_DATELINE_RE = re.compile(
    r"\s*(?:[A-Z][A-Z’'\-]+(?:\s+[A-Z][A-Z’'\-]+){0,3}(?:(?:,\s*|\s+AND\s+|\s*&\s*)[A-Z][A-Z’'\-]+(?:\s+[A-Z][A-Z’'\-]+){0,2}"
    r"){0,4}(?=[\s,(:\-–—])"  # (a region's provinces: "SAR-E PUL, SAMANGAN AND JOWZJAN - ")
    r"|[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2}(?=(?:,\s*[A-Z][a-z]+)?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*\())"
    r"(?:,\s*[A-Z][a-z]+)?(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}))?"
    r"\s*(?:\([^()\n]{2,40}\)\s*){0,2}(?:--|[-–—:])\s+")

# "called the claim baseless", "described the reports as propaganda", "branded it a lie": a denial in other words
_CALLED_FALSE = (
    r"\b(?:called|calls|calling|described|describes|describing|branded|brands|labell?ed|termed|terms)\s+(?:(?:the|this|that|"
    r"these|those|such|their|its|his)\s+)?(?:(?:[\w\-’']+\s+){0,2}?(?:claims?|reports?|allegations?|assertions?|statements?|"
    r"announcements?)|it|them)\s+(?:as\s+)?(?:an?\s+|(?:a\s+)?(?:pure|mere|complete|total)\s+)?[“\"]?(?:(?:completely|totally|"
    r"entirely|simply|utterly)\s+)?(?:baseless|false|untrue|unfounded|propaganda|lies?|fabricated|fabrications?|incorrect|"
    r"wrong|nonsense|rumou?rs?|fake|ridiculous|groundless)\b")
_CALLED_FALSE_RE = re.compile(_CALLED_FALSE, re.IGNORECASE)
# A denial whose object is the claim itself: "officials rejected the claim", "the ministry denied it".
_DENY_CLAIM_RE = re.compile(
    r"\b(?:an?|the)\s+claims?\s+(?:that|which)\s+(?P<who>(?:the\s+)?[\w’'\- ]{2,50}?)\s+(?:(?:swiftly|quickly|promptly|"
    r"flatly|strongly|immediately|later)\s+)?(?:rejected|denied|dismissed|disputed|refuted)\b"
    r"|\baccus(?:ed|es|ing)\s+(?:[\w\-’']+\s+){0,3}?of\s+(?:lying|(?:spreading|telling|peddling)\s+(?:lies|propaganda|"
    r"false\s+\w+)|propaganda|(?:making|issuing)\s+false)\b"
    r"|\b(?:denied|denies|deny|denying|rejected|rejects|rejecting|dismissed|dismisses|refuted|refutes|disputed|disputes|"
    r"contradicted)\s+(?:(?:the|this|that|these|those|such|their|its|his|any|all|those)\s+)?(?:[\w\-’']+\s+){0,2}?"
    r"(?:claims?|reports?|allegations?|assertions?|accounts?|statements?|rumou?rs?|announcements?|versions?)\b"
    r"|\b(?:denied|denies|deny|rejected|rejects|reject|dismissed|dismiss|refuted|refute)\s+(?:(?:it|this|them)\b(?!\s+(?:had|has|have|was|were|is|are)\b)"
    r"|that(?=\s*(?:[.,;:!?]|$|as\b|outright\b|on\b)))"
    r"|\b(?:denied|denies|rejected|refuted|dismissed)\s+(?:(?:late\s+|early\s+)?on\s+\w+(?:\s+\d{1,2})?\s+|yesterday\s+|"
    r"in\s+a\s+statement\s+)?(?:that\s+)?(?:the\s+|its\s+|their\s+)?(?:[\w\-]+\s+){0,3}?"
    # (an apposition: "denied that Banu, the main town of the valley, had been lost")
    r"(?:[\w\-]+,\s+(?:the|a|an|its|their)\s+[^,.;:\"“”]{1,60}?,\s+)?"
    r"(?:had|has|have|was|were)\s+(?:been\s+|ever\s+)?(?:fallen|lost|captured|taken|seized|overrun|surrendered|withdrawn|"
    r"retreated|pulled\s+out|abandoned|defeated|routed|beaten|(?:pushed|driven|forced)\s+out)\b"
    r"|\bclaims?\s+(?:(?:that|which)\s+)?(?:(?:was|were|has\s+been|had\s+been)\s+)?(?:\w+ly\s+)?(?:denied|disputed|rejected|"
    r"dismissed|refuted)\s+by\b"
    r"|\b(?:denied|denies|rejected)\s+(?:losing|having\s+lost|the\s+loss\s+of|giving\s+up|surrendering|ceding)\b"
    r"|" + _CALLED_FALSE +
    r"|\b(?:claims?|reports?|allegations?)(?:\s+(?:of|about)(?:\s+[\w\-]+){1,3}?)?\s+(?:were|was|are|is)\s+[“\"]?"
    r"(?:(?:completely|totally|entirely|simply)\s+)?[“\"]?"
    r"(?:baseless|false|untrue|unfounded|propaganda|lies|fabricated|incorrect|wrong|not\s+true)\b",
    re.IGNORECASE)
_ADVERBS_ONLY_RE = re.compile(r"\b(?:\w+ly|also|again|then|now|swiftly|soon)\b", re.IGNORECASE)
_ASIDE_RE = re.compile(r",\s*(?:however|though|meanwhile|in\s+turn|for\s+their\s+part|for\s+its\s+part)\s*,", re.IGNORECASE)
_SPEECH_VERB_CUT_RE = re.compile(r"\s+(?:said|says|told\s+\S+|added|insisted|stated|declared)\b.*$", re.IGNORECASE)
_DENIER_LEAD_RE = re.compile(r"\s*(?:(?:but|and|yet|however|while|though|although)\b\s*,?\s*)+", re.IGNORECASE)

# A province's capital named through the province: "the capital of northern Kunduz province", "Helmand's capital",
# "Badakhshan's capital Faizabad" (the province only qualifies the city), "the provincial capital".
_CAPITAL_BEFORE_RE = re.compile(r"\b(?P<cap>(?:[Tt]he\s+)?(?:provincial\s+)?(?:capital(?:\s+city)?|cent(?:re|er))\s+of\s+(?:the\s+)?"
                                r"(?:Afghanistan[’']s\s+)?(?:[a-z][\w\-]*\s+){0,2})$")
_COLON_LEAD_RE = re.compile(r"\b(?:districts|provinces|cities|towns|capitals|centres|centers|places|areas|(?:every|each|all)\s+"
                            r"(?:major\s+|big\s+|large\s+|provincial\s+)?(?:city|town|capital|district))\b[^:;]{0,40}$",
                            re.IGNORECASE)
_LIST_ITEM_RE = re.compile(r",|\band\b")
_CAPITALS_OF_RE = re.compile(r"\bcapitals\s+of\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){0,2}(?:[A-Z][\w\-’']*(?:\s+[A-Z][\w\-’']*)*"
                             r"(?:\s+provinces?)?(?:\s*,\s*(?:and\s+)?|\s+and\s+))*$")
_CAPITAL_AFTER_RE = re.compile(r"(?:[’']s\s+(?:provincial\s+)?(?:capital|cent(?:re|er))|\s+(?:provincial\s+(?:capital|cent(?:re|er))|"
                               r"capital))(?:\s+city)?\b(?P<sep>\s*,\s*|\s+)?")
_WHOLE_PROVINCE_RE = re.compile(r"\bthe\s+(?:entire|whole)\s+province\b(?!\s+of\b)"
                                # "the governor of Panjshir says the province is not under Taliban control": the subject
                                r"|(?<!\bin\s)(?<!\bof\s)(?<!\bacross\s)(?<!\bthroughout\s)(?<!\bto\s)(?<!\bfrom\s)"
                                r"(?<!\bover\s)\bthe\s+province\b(?=\s+(?:is|was|remains|remained|fell|has\s+fallen|had\s+"
                                r"fallen)\b)", re.IGNORECASE)
_ENTIRE_RE = re.compile(r"entire|whole", re.IGNORECASE)
_PROVINCIAL_CAPITAL_RE = re.compile(r"\b(?:the\s+(?:provincial|province[’']s)\s+capital|its\s+(?:provincial\s+)?capital)"
                                    r"(?:\s+city)?\b(?!\s+of\b)", re.IGNORECASE)

# The sentence-wide scans, through literal prefilters (same matches, a fraction of the time).
_TRIGGER = Finder(_TRIGGER_RE)
_SPEECH = Finder(_SPEECH_RE)
_NO_CONFIRM = Finder(_NO_CONFIRM_RE)
_SOFT = Finder(_SOFT_RE)
_HARD = Finder(_HARD_RE)
_HARD_REST = _HARD.after(_SOFT)  # hard boundaries start where soft ones may, but for " - " and the like
_REF = Finder(_REF_RE)
_MODAL = Finder(_MODAL_RE)  # on 40-character windows too: its 50 alternatives are tried at every position
# On windows and clauses: most hold none of the words these need ("not", "no", "never"; "tomorrow", "days", ...),
# which a few substring tests of the Finder tell before `re` tries the alternatives at every position.
_NEG = Finder(_NEG_RE)
_FUTURE = Finder(_FUTURE_RE)


@dataclass(slots=True)
class _Mention:
    start: int  # sentence-local
    end: int
    text: str
    place: Place | None
    confidence: float
    ref: bool = False


@dataclass(slots=True)
class _Event:
    name: str
    kind: str
    direction: str
    agent_mode: str
    start: int
    end: int


class _Compiled:
    """A profile and a gazetteer turned into the regexes and caches extraction needs (built once, reused)."""

    def __init__(self, gazetteer: Any, profile: Theatre) -> None:
        self.gazetteer = gazetteer
        self.profile = profile
        raw = profile.raw if isinstance(profile.raw, dict) else {}
        src = raw.get("sources") or {}
        aliases: list[tuple[str, str]] = []
        for actor in profile.actors:
            # the label is a legend's word ("Resistance"), matched in text only when it is also an alias: "stiff
            # resistance" is no side of the fight
            aliases.extend((a, actor.id) for a in actor.aliases)
        # aliases whose side depends on the date ("uprising forces": the republic's militias until it fell, the
        # Taliban's opponents after): (first day or None, last day or None, actor) by alias
        self.dated: dict[str, list[tuple[date | None, date | None, str]]] = {}
        for entry in raw.get("dated_aliases") or ():
            periods = [(_day(p.get("from")), _day(p.get("until")), str(p["actor"])) for p in entry.get("periods") or ()
                       if isinstance(p, dict) and p.get("actor")]
            for a in entry.get("aliases") or ():
                if periods and str(a).casefold() not in self.dated:
                    self.dated[str(a).casefold()] = periods
                    aliases.append((str(a), ""))
        aliases.sort(key=lambda x: -len(x[0]))
        self.alias_actor = {a.casefold(): aid for a, aid in aliases if aid}
        # "police headquarters" is a building, not the police.
        self.actor_re = re.compile(
            r"\b(?<!anti-)(?<!Anti-)(?P<a>" + "|".join(_alias_pattern(a) for a, _ in aliases) + r")\b(?:[’']s?)?"
            r"(?!\s+(?:headquarters|station|command|building|buildings|compound|chief|post|posts|base|bases|corps\s+base|"
            r"installations?|offices?|facilities|premises|property|employees|workers|staff)\b)"
            if aliases else r"(?!x)x")
        # ("The fighters seized Deh Salah ...": the side the sentence before was about)
        self.pronoun_re = re.compile(r"\b(?:they|them|(?:their|its)\s+(?:fighters|forces|men|troops|soldiers)|"
                                     r"(?:the|these|those)\s+(?:fighters|militiamen|gunmen)"
                                     # "told ABC News that fighters had taken control of Deh Salah": bare, opening a clause
                                     r"|(?<=\bthat\s)fighters(?=\s+(?:had|have|has|were|are|was)\b))\b",
                                     re.IGNORECASE)
        self.official_actors = frozenset(str(x) for x in src.get("official_actors", ()))
        # parties whose own officials' word confirms what they say of the places they hold (not the state)
        self.official_parties = frozenset(str(x) for x in src.get("official_parties", ()))
        self.valley_provinces = frozenset(str(x) for x in raw.get("valley_provinces") or ())
        # names that mean whichever side took places was named last ("the group" in a story about the NRF)
        self.generic = frozenset(str(x).casefold() for x in raw.get("generic_aliases") or ())
        self.first_alias = {a.id: a.aliases[0] for a in profile.actors if a.aliases}
        # the names of organisations (capitalised in the profile: "National Resistance Front", "Taliban"), which
        # "the group" can stand for; "local militias" are people, not a group
        # (names, not descriptions: "anti-Taliban fighters" and "opposed to the Taliban" name no group of their own)
        self.proper = frozenset(str(x).casefold() for a in profile.actors for x in a.aliases
                                if str(x)[:1].isupper() and not str(x).lower().startswith(("anti-", "opposed ")))
        # who has what the state's challenger loses, by period (else the state: the first official actor)
        self.holds_losses = [(_day(p.get("from")), _day(p.get("until")), str(p["actor"]))
                             for p in raw.get("holds_losses") or () if isinstance(p, dict) and p.get("actor")]
        self.official_re = _words_re(src.get("official", ()))
        self.independent_re = _words_re(src.get("independent", ()))
        self.actor = Finder(self.actor_re)
        self.pronoun = Finder(self.pronoun_re)
        self.party_ids = [a.id for a in profile.actors if a.party]
        self.actor_ids = frozenset(a.id for a in profile.actors)
        # who may take a place the text says only "fell" (the profile's `fall_to`; by default every side but the state)
        self.fall_order = [str(x) for x in raw.get("fall_to", ())]
        self.fall_to = frozenset(str(x) for x in raw.get("fall_to", ())) or frozenset(
            a for a in self.party_ids if a not in self.official_actors)
        self.not_places = frozenset(str(x).casefold() for x in raw.get("not_places", ()))
        self.foreign = frozenset(str(x).casefold() for x in raw.get("foreign_places") or ())
        self.capital: Place | None = None
        cap = raw.get("capital")
        if cap:
            res = gazetteer.resolve(str(cap))
            self.capital = res.place if res else None
        phrases = raw.get("capital_phrases") or []
        self.capital_re = (re.compile(r"\b(?:" + "|".join(_alias_pattern(p) for p in phrases) + r")\b(?![’']s)")
                           if phrases and self.capital else None)
        self.capital_find = Finder(self.capital_re) if self.capital_re is not None else None
        # each province's capital (GeoNames PPLA/PPLC), for "the capital of Kunduz province"
        self.capital_of: dict[str, Place] = {}
        self.province_of: dict[str, Place] = {p.admin1_code: p for p in getattr(gazetteer, "places", ())
                                              if p.kind == "province" and p.admin1_code}
        for place in getattr(gazetteer, "places", ()):
            if place.feature_code in ("PPLA", "PPLC") and place.admin1_code:
                best = self.capital_of.get(place.admin1_code)
                if best is None or place.population > best.population:
                    self.capital_of[place.admin1_code] = place
        self.cache: dict[str, tuple[Place, float] | None] = {}
        self.actor_cache: dict[str, str | None] = {}
        self.runs: dict[tuple[str, bool], tuple[tuple[Any, ...], tuple[Any, ...]]] = {}
        self.max_tokens = max(1, min(int(getattr(gazetteer, "max_tokens", 4)), 6))

    def resolve(self, name: str) -> tuple[Place, float] | None:
        hit = self.cache.get(name, _MISS)
        if hit is _MISS:
            res = self.gazetteer.resolve(name)
            hit = (res.place, float(res.confidence)) if res is not None else None
            if len(self.cache) < 200_000:
                self.cache[name] = hit
        return hit  # type: ignore[return-value]


_MISS: Any = object()
_COMPILED: dict[tuple[int, int], _Compiled] = {}


def _alias_pattern(alias: str) -> str:
    """An alias as a regex: its first letter in either case, spaces as any whitespace."""
    alias = alias.strip()
    if not alias:
        return r"(?!x)x"
    first = alias[0]
    head = f"[{first.upper()}{first.lower()}]" if first.isalpha() and not alias.isupper() else re.escape(first)
    return head + r"\s+".join(re.escape(w) for w in alias[1:].split(" "))


def _words_re(words: Any) -> re.Pattern[str]:
    items = sorted((str(w) for w in words if str(w).strip()), key=len, reverse=True)
    if not items:
        return re.compile(r"(?!x)x")
    return re.compile(r"(?<![\w/])(?:" + "|".join(re.escape(w) for w in items) + r")(?![\w/])", re.IGNORECASE)


def _compiled(gazetteer: Any, profile: Theatre) -> _Compiled:
    key = (id(gazetteer), id(profile))
    c = _COMPILED.get(key)
    if c is None or c.gazetteer is not gazetteer or c.profile is not profile:
        if len(_COMPILED) > 16:
            _COMPILED.clear()
        c = _COMPILED[key] = _Compiled(gazetteer, profile)
    return c


# --- mentions -------------------------------------------------------------------------------------------

def _mentions(text: str, comp: _Compiled) -> tuple[list[_Mention], list[_Mention]]:
    """Place names in a sentence (longest match first) and capitalised names the gazetteer does not know."""
    found: list[_Mention] = []
    unknown: list[_Mention] = []
    runs = comp.runs
    for run in _CAPRUN_RE.finditer(text):
        # a run's names depend only on its own text (and whether it opens the sentence): names recur, scan once
        a = run.start()
        # a sentence or a quote opens with it, or a label does ("Kunduz: Hundreds of soldiers ...")
        key = (run.group(), a == 0 or text[a - 1] in "\"“‘'" or (a < 50 and text.startswith(": ", a - 2)
                                                                and ":" not in text[:a - 2]))
        hit = runs.get(key)
        if hit is None:
            name = key[0]
            f: list[_Mention] = []
            u: list[_Mention] = []
            toks = [(m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(name)]
            _scan(name, toks, comp, f, u, at_start=key[1])
            hit = (tuple((x.start, x.end, x.text, x.place, x.confidence) for x in f),
                   tuple((x.start, x.end, x.text) for x in u))
            if len(runs) < 100_000:
                runs[key] = hit
        if a == 0 and not hit[0] and not hit[1] and (_NAMED_PLACE_RE.match(text, run.end())
                                                     or _PROVINCE_BRACKET_RE.match(text, run.end())):
            # the sentence's first word, and a list of names ending in a place word follows: "Jaghori and Malistan
            # districts were handed over"
            name = _POSSESSIVE_RE.sub("", key[0])
            if name.casefold() not in comp.not_places and name.casefold() not in _STOP and not name.isupper():
                unknown.append(_Mention(0, len(name), name, None, 0.0))
        for st, en, written, place, conf in hit[0]:
            if _clock_code(text, a + st, written):
                continue
            found.append(_Mention(a + st, a + en, written, place, conf))
        for st, en, written in hit[1]:
            if _clock_code(text, a + st, written) or _HYPHEN_ADJ_RE.search(written) or _HYPHEN_ADJ_RE.match(text, a + en):
                continue  # ("US-backed", "Western-backed", "Kabul-based": an adjective, no place of its own)
            unknown.append(_Mention(a + st, a + en, written, None, 0.0))
    if unknown and ("district" in text or "District" in text or "DC" in text or "(" in text):
        # a name the gazetteer keeps only for a context that shows it is the place ("Burka" is a garment, "Rustaq" a
        # town in Oman), where the text calls it a district or gives its province: "Burka district", "the district of
        # Burka", "Rustaq (Takhar)"
        for u in list(unknown):
            called = _DC_AFTER_RE.match(text, u.end) or _DISTRICT_OF_BEFORE_RE.search(text, max(0, u.start - 20), u.start)
            bracket = None if called else _PROVINCE_BRACKET_RE.match(text, u.end)
            if not called and bracket is None:
                continue
            res = comp.gazetteer.resolve(u.text, allow_caution=True)
            if res is None or res.place.kind not in ("city", "district") or (
                    bracket is not None
                    and bracket.group(1).casefold() not in _ascii_name(res.place).casefold() + res.place.admin1.casefold()):
                continue
            unknown.remove(u)
            found.append(_Mention(u.start, u.end, u.text, res.place, float(res.confidence) * 0.9))
        found.sort(key=lambda x: x.start)
    return found, unknown


_DC_AFTER_RE = re.compile(r"\s+(?:district\b|DC\b|district\s+cent(?:re|er)\b)", re.IGNORECASE)
_DISTRICT_OF_BEFORE_RE = re.compile(r"\bdistricts?\s+(?:centre\s+)?of\s+$", re.IGNORECASE)
_PROVINCE_BRACKET_RE = re.compile(r"\s*\(([A-Z][a-z]+)(?:\s+province)?\)")


_HYPHEN_ADJ_RE = re.compile(r"-[a-z]{3,}(?:$|\b)")


def _status_line(s: str, low: str, mentions: list[_Mention], line_place: _Mention | None, comp: _Compiled, sent: Span,
                 published: date, source: str, as_of: date | None = None) -> tuple[_Draft, _Mention] | None:
    """The claim of a status line, and its place: a place that opens the line, a dash, and who controls it
    ("Keshem – Taliban control since 3 July", "- Takhta Pul - NO GO. NSAG control (since 17 July)", "Shindand (Herat) –
    AOG, 6 Aug", "Baraki Barak (Logar) – AOG claim, 9 Aug", "Charkh (Logar) – Contested, 11 Aug", "Panjshir – Bazarak:
    DFA control"), or a later sentence of such a line that says only who controls it ("Under DFA control since 15
    August."); None otherwise."""
    if mentions:
        first = mentions[0]
        lead = _LINE_LEAD_RE.match(s)
        if first.place is None or lead is None or first.start != lead.end():
            return None
        dash = _STATUS_DASH_RE.match(s, first.end)
        if dash is None:
            return None
        start = dash.end()
        if first.place.kind == "province":
            # "Panjshir – Bazarak: DFA control": the province, then its place and a colon
            second = next((x for x in mentions[1:] if x.start == start), None)
            if second is None or second.place is None or not s.startswith(":", second.end):
                return None
            first, start = second, second.end + 1
    elif line_place is not None:
        first, start = line_place, 0
    else:
        return None
    side: str | None = None
    for held in (_BARE_STATUS_RE.match(s, start) if mentions else None, _CONTROL_PHRASE_RE.search(s, start),
                 _HELD_STATUS_RE.match(s, start) if mentions else None):
        if held is None or any(start <= x.start < held.end() for x in mentions if x is not first):
            continue  # (another place before who controls it: a sentence about more than the line's place)
        if held.group("who").lower() in _CONTESTED_WORDS:
            side = CONTESTED
        else:
            side = next((_actor_of(m.group("a"), comp) for m in comp.actor.finditer(s, low)
                         if m.start() == held.start("who") and m.end() == held.end("who")), None)
        if side is not None:
            break  # ("Milak (Nimroz – Iran) — Open; DFA control": not "Open", a crossing's state, but "DFA control")
    if side is None or held is None:
        return None
    cue = next((c for c in find_cues(s, low) if c.start >= held.end("who") and c.kind in _DAY_CUE_KINDS), None)
    day, precision = resolve_cue(cue, published) if cue is not None else (None, DatePrecision.UNKNOWN)
    if day is None and as_of is not None:
        day, precision = as_of, DatePrecision.DAY  # the day a heading above gives the lines ("information as of 11 Aug")
    hedged = bool(held.groupdict().get("claim")) or _CELL_UNVERIFIED_RE.search(s) is not None
    kind, who = _classify(source, comp, CONTESTED)
    status = Status.CLAIMED if (kind == "party" and who == side or hedged) and side != CONTESTED else Status.CONFIRMED
    return _Draft(first.place, first.text, side, status, day, precision, source, sent, first.start if mentions else 0,
                  round(first.confidence * 0.85, 3), "hold", 0), first


_DISPUTED_WORD_RE = re.compile(r"disputed\b", re.IGNORECASE)
_CONTESTED_WORDS = frozenset(("contested", "fighting", "clashes", "besieged"))
_LINE_LEAD_RE = re.compile(r"\s*(?:\d{1,2}[.)]\s+|[-–—•*·]\s+)?")
# The dash after a status line's place: "Keshem – ", "Torkham (Nangarhar – Pakistan) — ", "Spin Boldak – Chaman — "
_STATUS_DASH_RE = re.compile(r"(?:\s+(?:BCP|DC|PC|(?i:city|district|crossing|airport|port|border\s+crossing)))?"
                             r"(?:\s*\([^()]{1,40}\))?(?:\s+[–—-]\s+[A-Z][\w\-]+)?(?:\s*\([^()]{1,40}\))?\s+[–—-]\s+"
                             r"(?:(?i:status)\s*:\s*)?")  # ("KANDAHAR CITY - STATUS: CONTESTED.")
# Who controls it: "Taliban control", "Under DFA control", "NSAG control (since 17 July)"
_CONTROL_PHRASE_RE = re.compile(r"(?:[A-Z][A-Z ]{1,24}\.\s+)?(?:(?:under|in)\s+)?(?P<who>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})\s+"
                                r"(?:control|hands)\b(?!\s+(?:of|over)\b)", re.IGNORECASE)
# ... or only the side, as a status list gives it: "AOG, 6 Aug", "AOG claim, 9 Aug", "Contested, 11 Aug", "ANDSF."
# ... or held by it: "Government-held", "Taliban-controlled"
_HELD_STATUS_RE = re.compile(r"\s*(?P<who>[A-Z][\w]*(?:\s+[A-Z][\w]*){0,2})-(?:held|controlled)\b", re.IGNORECASE)
_BARE_STATUS_RE = re.compile(r"\s*(?P<who>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})(?:\s+(?:control|hands))?(?P<claim>\s+claim)?"
                             # ("Khanabad - CONTESTED since 20 June.")
                             r"(?:\s+since\s+(?:\d{1,2}\s+[A-Za-z]{3,9}|[A-Za-z]{3,9}\.?\s+\d{1,2}|[A-Z][a-z]+day))?"
                             r"\s*(?:[,;.(]|$)")


def _bracketed_wheres(s: str, mentions: list[_Mention], comp: _Compiled) -> tuple[str, list[tuple[int, int]]] | None:
    """`s` with the brackets right after a place that only say where it is or what it is blanked out ("Sharana
    (Paktika)", "Farah (provincial capital)"), and their spans; None when there are none."""
    spans = []
    ends = {x.end for x in mentions if x.place is not None}
    for m in _BRACKET_AFTER_RE.finditer(s):
        if m.start() not in ends:
            continue
        inner = m.group(1).strip()
        if _WHAT_PLACE_RE.fullmatch(inner) or ((hit := comp.resolve(inner)) is not None and hit[0].kind == "province"):
            spans.append((m.start(), m.end()))
    if not spans:
        return None
    out = s
    for a, b in spans:
        out = out[:a] + " " * (b - a) + out[b:]
    return out, spans


_BRACKET_AFTER_RE = re.compile(r"\s*\(([^()]{1,40})\)")
# What a place is, in brackets after its name: "(provincial capital)", "(PC)", "(district centre)"
_WHAT_PLACE_RE = re.compile(r"(?:the\s+)?(?:provincial\s+capital|capital|district\s+cent(?:re|er)|district|city|town|DC|PC|"
                            r"district\s+headquarters)", re.IGNORECASE)


def _place_label(s: str, dateline: re.Match[str], comp: _Compiled) -> bool:
    """Whether what looks like a dateline is a place set out as a label, the subject of what follows: "Farah (Farah):
    fell to NSAG on 10 August", "Aybak (Samangan): NSAG control confirmed" (a place or a description in brackets, or
    a verb after the colon; a dateline brackets its agency and goes on with a sentence: "KABUL (Reuters) - The")."""
    if s[dateline.end():dateline.end() + 1].islower() or _CONTROL_PHRASE_RE.search(s, dateline.end(), dateline.end() + 40) \
            or s.startswith(("STATUS", "Status"), dateline.end()):
        # (or a status line: "Keshem – Taliban control since 3 July", "Milak (Nimroz – Iran) — Open; DFA control",
        # "HERAT CITY - STATUS: Government-held")
        return True
    bracket = _BRACKET_RE.search(s, 0, dateline.end())
    # (a place in the brackets, alone or beside another: "Torkham (Nangarhar – Pakistan) — Open")
    return bracket is not None and (bracket.group(1)[:1].islower() or any(
        comp.resolve(part.strip()) is not None for part in _BRACKET_PARTS_RE.split(bracket.group(1)) if part.strip()))


_BRACKET_RE = re.compile(r"\(([^()]+)\)")
_BRACKET_PARTS_RE = re.compile(r"\s+[–—-]\s+|,\s*|/")


def _clock_code(text: str, at: int, written: str) -> bool:
    """A capitalised code right after a clock time: "21.40 BST" is British Summer Time, not Bost airport's code."""
    return written.isupper() and _CLOCK_BEFORE_RE.search(text, max(0, at - 8), at) is not None


def _scan(text: str, toks: list[tuple[int, int, str]], comp: _Compiled, found: list[_Mention],
          unknown: list[_Mention], *, at_start: bool) -> None:
    i, n = 0, len(toks)
    while i < n:
        s, e, w = toks[i]
        if not w[0].isupper() or w.casefold() in _STOP:
            i += 1
            continue
        j = i + 1
        while j < n and j - i < comp.max_tokens:
            gap = text[toks[j - 1][1]:toks[j][0]]
            nxt = toks[j][2]
            if gap not in (" ", "-") or not (nxt[0].isupper() or nxt.casefold() in _QUALIFIERS
                                             or nxt.casefold() in _CONNECTORS):
                break
            j += 1
        hit = None
        for k in range(j, i, -1):
            last = toks[k - 1][2]
            if k - 1 > i and last.casefold() in _CONNECTORS:
                continue
            name = text[s:toks[k - 1][1]]
            if name.casefold().rstrip("’'s") in comp.not_places or name.casefold() in comp.not_places:
                continue
            r = comp.resolve(name)
            if r is not None:
                hit = (k, name, r)
                break
        if hit and hit[0] < j and _PREFIX_ONLY(text, toks, hit[0], j):
            hit = None  # "Khwaja Omari": the gazetteer knows "Khwaja", but the name goes on
        if hit:
            k, name, (place, conf) = hit
            written = _POSSESSIVE_RE.sub("", name) if place.kind != "airport" else name
            found.append(_Mention(s, s + len(written), written, place, conf))
            i = k
            continue
        if j > i + 1 and w.endswith(("'s", "’s")):
            i += 1  # "Afghanistan's Panjshir valley": the owner is no place the gazetteer has; read on from the next
            continue
        # an unknown capitalised run (not the first word of the sentence, not a known non-place)
        k = i + 1
        while k < n and text[toks[k - 1][1]:toks[k][0]] in (" ", "-") and (toks[k][2][0].isupper() or (
                toks[k][2] == "wa" and k + 1 < n and toks[k + 1][2][0].isupper())):
            k += 1
        name = _POSSESSIVE_RE.sub("", text[s:toks[k - 1][1]])
        # the first word of a sentence is capitalised anyway: a name only when a place word follows ("Jaghori
        # district was handed over")
        named = not (at_start and s == 0) or (k < n and toks[k][2].casefold() in _QUALIFIERS
                                              and text[toks[k - 1][1]:toks[k][0]] == " ")
        if not named and k > i + 1:
            # "Only Kabul remains ...": the sentence's first word may be capitalised only as the first; a place
            # right after it counts (an unknown one does not: "Ismail Khan" is no "Khan")
            _scan(text, toks[i + 1:k], comp, found, [], at_start=False)
        if named and name.casefold() not in comp.not_places and not w.isupper() and not _DEMONYM_RE.fullmatch(name) \
                and not (w[-1:] == "s" and w[:-1].isupper()):  # (nor an abbreviation's plural: "the DCs of")
            unknown.append(_Mention(s, s + len(name), name, None, 0.0))
        i = k


# Capitalised words that may follow a place's name without being part of it: "Kandahar Governor ...", "Herat
# Police", "Kunduz Provincial Council", "Ghazni City", "Kabul Bank", "Helmand Taliban".
_AFTER_PLACE = frozenset(
    "governor governors governorate police provincial province council city town district districts valley river "
    "pass airport international air base airfield university hospital prison jail bazaar market mosque shrine "
    "highway road square street gate bank radio tv television times news agency mayor chief commander commanders "
    "corps zone region regional security military army national municipality office offices dam stadium palace "
    "taliban mujahideen residents officials elders people province's city's and or of dc pc bcp".split())


def _PREFIX_ONLY(text: str, toks: list[tuple[int, int, str]], k: int, j: int) -> bool:
    """The gazetteer's name covers only the first words of a longer capitalised name: "Khwaja Omari district",
    "Char Bolak" (the next word, a proper name too, is no title or landmark word)."""
    word = toks[k][2]
    if toks[k - 1][2].endswith(("'s", "’s")):
        return False  # "Herat's Guzara district": the possessive ends the first name
    if word == "wa" and k + 1 < len(toks) and toks[k + 1][2][0].isupper():
        return True  # "Khost wa Firing": one name joined by "wa" (and)
    return (word[0].isupper() and text[toks[k - 1][1]:toks[k][0]] == " " and not word.isupper()
            and word.casefold().rstrip("’'s") not in _AFTER_PLACE and word.casefold() not in _AFTER_PLACE
            and not _INSTITUTION_RE.fullmatch(word))


def _locates_before(text: str, x: _Mention, before: list[_Mention]) -> bool:
    """Whether `x` is in an aside that says where the place named right before it is ("Pul-e Hisar, also in Andarab"),
    not a place of its own ("In the south, in Lashkar Gah, ...")."""
    aside = _ALSO_IN_RE.search(text, max(0, x.start - 12), x.start)
    return aside is not None and any(y.end == aside.start() for y in before)


def _references(text: str, comp: _Compiled, mentions: list[_Mention], context: Place | None,
                airfield: Place | None = None, low: str | None = None, valley: Place | None = None,
                city: Place | None = None, recent: Sequence[Place] = (), fresh_airport: Place | None = None,
                crossing: Place | None = None) -> list[_Mention]:
    """ "the city", "the airport", "both districts", "the capital": mentions that point at an earlier place
    (`fresh_airport`: an airport the sentence just before named)."""
    out: list[_Mention] = []
    if low is None:
        low = text.lower()
    if comp.capital_find is not None and comp.capital is not None:
        for m in comp.capital_find.finditer(text, low):
            if any(x.end <= m.start() and text[x.end:m.start()] in (", ", " (") for x in mentions):
                continue  # "Taloqan, the capital, remained in government hands": the place's apposition, not Kabul
            if any(x.start == m.end() + 1 and x.place is not None and x.place != comp.capital for x in mentions):
                continue  # "took control of the capital Mehtarlam": the capital named right after is Laghman's
            if not _CAPITAL_APPOSITION_RE.match(text[m.end():]):
                out.append(_Mention(m.start(), m.end(), m.group(), comp.capital, 0.8, ref=True))
    # "the capital" named as a place of its own (not "north of the capital"): what "the city" after it may mean
    capitals = [x for x in out if not _LANDMARK_BEFORE_RE.search(text, max(0, x.start - 12), x.start)]
    # each alternative needs one of these words (ASCII: `in` on the lowercased text is what IGNORECASE does)
    if low.isascii() and not ("city" in low or "town" in low or "airport" in low or "both" in low or "base" in low
                              or "airfield" in low or "district" in low or "valley" in low or " dc" in low or " pc" in low
                              or "crossing" in low):
        return out
    for m in _REF.finditer(text, low):
        if m.group("crossing"):
            if crossing is not None and not any(x.end <= m.start() and x.place is not None for x in mentions):
                out.append(_Mention(m.start(), m.end(), m.group(), crossing, 0.75, ref=True))
            continue
        if m.group("valley"):  # "the valley remained under resistance control": the valley named before
            named = [x for x in mentions if x.end <= m.start() and x.place is not None and _VALLEY_RE.match(text, x.end)]
            place = named[-1].place if named else valley
            if place is not None:
                out.append(_Mention(m.start(), m.end(), m.group(), place, 0.8, ref=True))
            continue
        after = [x for x in mentions if m.end() <= x.start <= m.end() + 40 and x.place is not None]
        if after and _APPOSITION_RE.fullmatch(text[m.end():after[0].start]):
            continue  # an apposition names the place right after: "the main city in the north – Mazar-i-Sharif"
        if _REF_MODIFIER_RE.match(text, m.end()):
            continue  # "the district compound", "the city's police chief": a thing or a person of the place, not it
        if _OF_PROPER_RE.match(text, m.end()):
            continue  # "the district centre of Nerkh": it names its own place, known to the gazetteer or not
        before = [x for x in mentions if x.end <= m.start() and x.place is not None]
        if capitals and m.group("city"):
            # "said the capital was secure and that security forces were in control of the city": the capital
            before = sorted(before + [x for x in capitals if x.end <= m.start()], key=lambda x: x.start)
        if m.group("base") or m.group("airport"):
            # "the airfield at Kandahar", "the airport in Kunduz": the city named right after says which
            at = _AT_PLACE_RE.match(text, m.end())
            # (its own name: `city` is the report's last city, which "the city" may mean further on)
            at_city = next((x for x in mentions if at is not None and x.start == at.end() and x.place is not None
                            and x.place.kind in ("city", "district")), None)
            if at_city is not None:
                r = comp.resolve(f"{at_city.place.name} airport") or comp.resolve(f"{_ascii_name(at_city.place)} airport")
                if r:
                    out.append(_Mention(m.start(), m.end(), m.group(), r[0], r[1] * 0.85, ref=True))
                    continue
        if m.group("base"):  # "left Bagram Airfield, and the base has been handed over": the airfield named before
            bases = [(x.place, x.confidence) for x in before if x.place.kind in ("airport", "base")]
            if not bases and airfield is not None:
                bases = [(airfield, 0.8)]  # the airfield the report named last
            if bases:
                out.append(_Mention(m.start(), m.end(), m.group(), bases[-1][0], bases[-1][1] * 0.85, ref=True))
            continue
        if m.group("both"):
            # "both districts", "all three districts": the last two (three) places named
            k = NUMBER_WORDS.get((m.group("n") or m.group("n2") or "two").lower(), 2)
            pool = [x for x in before if x.place.kind not in ("province", "airport")]
            if len(pool) >= k:
                for x in pool[-k:]:
                    out.append(_Mention(m.start(), m.end(), m.group(), x.place, x.confidence * 0.9, ref=True))
            elif not pool and len(recent) >= k:  # named in the sentence before
                for place in recent[-k:]:
                    out.append(_Mention(m.start(), m.end(), m.group(), place, 0.8, ref=True))
            continue
        # "on his way to Kabul after he handed over the city": not a place named in passing
        towns = [x.place for x in before if x.place.kind in ("city", "district")
                 and not _PASSING_RE.search(text, max(0, x.start - 30), x.start)
                 and not _locates_before(text, x, before)]
        if m.group("airport") and not towns and (named := [x for x in before if x.place.kind == "airport"]):
            # "soldiers who had retreated to Sheberghan airport ... surrendered the airport": the one just named
            out.append(_Mention(m.start(), m.end(), m.group(), named[-1].place, named[-1].confidence * 0.85, ref=True))
            continue
        if m.group("airport") and not towns and fresh_airport is not None:
            # "Rockets struck Kandahar airport late on Saturday. He said the airport remained under the control of
            # security forces": the airport just named, not the one of the city the report is about
            out.append(_Mention(m.start(), m.end(), m.group(), fresh_airport, 0.75, ref=True))
            continue
        town = towns[-1] if towns else context
        if m.group("city") and not m.group("district"):
            # "the city" is no place the text calls a district ("attacked Khanabad district, east of the city")
            towns = [x.place for x in before if x.place.kind in ("city", "district")
                     and not _PASSING_RE.search(text, max(0, x.start - 30), x.start) and not _called_district(text, x)
                     and not _locates_before(text, x, before)]
            if not towns and (named := [x for x in before if x.place.kind == "airport"
                                        and x.text.lower().endswith(" airport")]):
                # "soldiers who had retreated to Sheberghan airport after the city fell": the airport's city
                own = comp.resolve(named[-1].text[:-len(" airport")])
                towns = [own[0]] if own and own[0].kind in ("city", "district") else []
            if not towns and not any(x.place.kind in ("city", "district") for x in before) and (
                    provinces := [x for x in before if x.place.kind == "province"]):
                # "a spokesman for the Nimroz police confirmed that the whole city was in Taliban hands": the capital
                # of the province the sentence names
                towns = [cap] if (cap := comp.capital_of.get(provinces[-1].place.admin1_code)) is not None else []
            town = towns[-1] if towns else (city or context)
        if m.group("district") and (town is None or town in comp.capital_of.values() or any(
                not own.start <= od.start() < own.end for od in _OTHER_DISTRICT_RE.finditer(text, 0, m.start())
                for own in [next((x for x in reversed(before) if x.place == town), _NOWHERE)])):
            # a provincial capital is "the city"; "Rukha district ... the district centre" is Rukha's (but "residents of
            # Unabah district said clashes continued in the district": Unabah, the district just named)
            continue
        if not m.group("city") or m.group("district"):
            town = towns[-1] if towns else context
        if town is None:
            if m.group("airport") and airfield is not None:  # "captured Kandahar airport ... still hold the airport"
                out.append(_Mention(m.start(), m.end(), m.group(), airfield, 0.7, ref=True))
            continue
        if m.group("airport"):
            r = comp.resolve(f"{town.name} airport") or comp.resolve(f"{_ascii_name(town)} airport")
            if r:
                out.append(_Mention(m.start(), m.end(), m.group(), r[0], r[1] * 0.8, ref=True))
        else:
            out.append(_Mention(m.start(), m.end(), m.group(), town, 0.8, ref=True))
    return out


_THE_ATTACK_RE = re.compile(r"\s+(?:the|that|this|their|its|an?)\s+(?:[\w\-]+\s+)?(?:attacks?|assaults?|offensive)\b"
                            r"(?!\s+(?:on|against)\b)", re.IGNORECASE)
_PERSON_OF_RE = re.compile(r"\b(?:governor|deputy\s+governor|police\s+chief|chief|commander|mayor|head|leader|"
                           r"strongman|warlord|spokesman|spokesperson|envoy)\s+(?:of|for|in)\s+(?:the\s+)?(?:[\w\-]+\s+)?$",
                           re.IGNORECASE)
_WHO_CLAUSE_RE = re.compile(r",\s+who\s+[^,;:]*$", re.IGNORECASE)  # "X, who led the defence of Herat"
_PLURAL_SUBJ_RE = re.compile(r"\b(?:districts|provinces|cities|towns|areas|villages|posts|checkpoints|bases|outposts|"
                             r"centres|centers)\s+(?:(?:have|has|had|were|are)\s+)?(?:(?:also|now|already|since|been)\s+)*$",
                             re.IGNORECASE)
_CONTENT_WORD_RE = re.compile(r"\b(?!and\b|or\b)[A-Za-z]{2,}")
_FROM_TO_RE = re.compile(r"\b(?:from|to|via|towards?)\s+(?:the\s+)?$", re.IGNORECASE)
_DASH_LEADS = ("– ", "— ", "- ", "• ", "* ")  # a bullet before a timeline entry's day
_BULLETS = ("—", "–", "- ", "•", "* ", "·")  # what opens a bulleted line
_LIST_MARKS = " \t-*•·▪‣–—0123456789.)"  # what a list's line may open with before its first sentence ("1. ", "- ")
# (after the entry's day, or the first of a span: "August 12-13: Herat, Kandahar and Ghazni fall")
_ENTRY_DATE_RE = re.compile(r"(?:\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?\b)?\s*(?:[—–\-:]|\s-)\s")
_WHEN_AFTER_RE = re.compile(r",?\s+when\b", re.IGNORECASE)  # "since Friday, when the Taliban took Zaranj": that day
_SINCE_BEFORE_RE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_SINCE_WORD_RE = re.compile(r"\bsince\b", re.IGNORECASE)
_NEITHER_RE = re.compile(r"\b(?:neither\s+side|no\s+side|nobody|no\s+one|neither\s+party|"
                         # "Neither the Taliban nor the government controls Gereshk"
                         r"neither\s+(?:the\s+)?[\w\-]+\s+nor\s+(?:the\s+)?[\w\-]+)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
# "not in anyone's hands", "under nobody's control": held by no side
_NOBODYS_RE = re.compile(r"\b(?:anyone|anybody|nobody|no\s+one|either\s+side|neither\s+side)[’']s\b", re.IGNORECASE)
_POSS_PART_RE = re.compile(r"[’']s\s+(?:[\w\-]+\s+)?(?:neighbou?rhoods|parts|areas|outskirts|suburbs|sections|"
                           r"quarters)\b", re.IGNORECASE)
_LEAVES_RE = re.compile(r"\b(?:leaves|left|leaving|leave)\s+$", re.IGNORECASE)
_INCLUDING_RE = re.compile(r",?\s+(?:including|among\s+them)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?(?:(?:city|town|district)\s+of\s+)?",
                           re.IGNORECASE)
_PLACE_NOUNS_RE = re.compile(r"\b(?:capitals|cities|towns|districts|provinces|places|centres|centers|bases|crossings)\b",
                             re.IGNORECASE)
_FINITE_GAP_RE = re.compile(r"\b(?:was|were|is|are|has|have|had|said|says|called|calls|urged|warned|leaves|left|remains|"
                            r"remained)\b", re.IGNORECASE)
# fighting at a seat of the town's rule is fighting in the town: "around the governor's compound in Sheberghan"
_SEAT_GAP_RE = re.compile(r"[^,;]{0,60}\b(?:around|near|at|outside|for)\s+the\s+(?:[\w\-’']+\s+){0,2}?(?:compound|office|"
                          r"headquarters|bazaar|market)\s+(?:in|of)\s+", re.IGNORECASE)
_BUILDING_RE = re.compile(r"\b(?:prison|jail|embassy|consulate|hotel|mosque|shrine|school|hospital|university|bank|"
                          r"market|bazaar|wedding|funeral|guesthouse|compound)s?\b", re.IGNORECASE)
# "... in the north": a region after a listed place
_IN_REGION = r"\s+in\s+the\s+(?:far\s+)?(?:north|south|east|west|[a-z]*(?:east|west)|centre|center)"
_REGION_SEP_RE = re.compile(r",?" + _IN_REGION + r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)", re.IGNORECASE)
_REGION_TAIL_GAP_RE = re.compile(r",?" + _IN_REGION + r"\s*", re.IGNORECASE)
_SAME_DAY_AFTER_RE = re.compile(r"\s+(?:(?:a\s+few\s+)?hours\s+later|minutes\s+later|shortly|soon|(?:on\s+)?the\s+same\s+day|"
                                r"(?:during|later)\s+(?:the|that)\s+day|that\s+(?:day|evening|night|afternoon|morning)|"
                                r"within\s+hours)\b",
                                re.IGNORECASE)
# The other side's word that nothing was lost ("Panjshir has not fallen"; "is propaganda" is _BASELESS_RE's).
_NOT_LOST_RE = re.compile(r"\b(?:(?:has|have|had)(?:\s+not|n[’']t)\s+(?:fallen|been\s+(?:captured|taken|lost|overrun|seized))"
                          r"|(?:did\s+not|didn[’']t)\s+fall|(?:is|are|was|were)(?:\s+not|n[’']t)\s+(?:under\s+(?:the\s+)?"
                          r"[\w’']+\s+control|in\s+(?:their|its)\s+hands|in\s+the\s+hands\s+of))\b", re.IGNORECASE)
_TRANSCRIPT_LABEL_RE = re.compile(r"\s*(?P<who>[A-Z][A-Za-z’'.\- ]{1,48}?)(?:\s*\([^)]{0,60}\))?:\s+(?=\S)")
_ROLE_WORD_RE = re.compile(r"\b(?:spokes(?:man|woman|person)|presenter|anchor|host|correspondent|reporter|commander|"
                           r"official|minister|governor|analyst|guest|caller|resident)\b", re.IGNORECASE)
_LIST_GAP_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
# (what "could not be confirmed" may be about other than the claims told before: pictures, the dead ("Casualty figures
# could not be confirmed"), or the sides' own claims ("impossible to confirm either side's claims"), not residents' word)
_OTHER_DOUBT_RE = re.compile(r"\b(?:images?|videos?|footage|photos?|photographs?|pictures?|authenticity|casualt(?:y|ies)|"
                        r"death\s+tolls?|tolls?|figures|identit(?:y|ies))\b|\b(?:either|both|each)\s+sides?[’']?s?\s+"
                        r"claims?\b|\b(?:rival|competing|conflicting)\s+claims\b"
                        # ("the resistance has claimed regular ambushes, most of which cannot be confirmed": its own)
                        r"|\b(?:most|many|some|none|all|few|much)\s+of\s+which\b", re.IGNORECASE)
_FOR_YEARS_RE = re.compile(r"\bfor\s+(?:many\s+|several\s+|some\s+)?(?:years|decades)\b", re.IGNORECASE)
_WILL_RE = re.compile(r"\b(?:will|would|plans?\s+to|is\s+to|are\s+to)\b", re.IGNORECASE)  # troops to come, not there
_DISTANCE_RE = re.compile(r"\b\d+\s*(?:km|kilomet(?:er|re)s?|miles?)\b", re.IGNORECASE)
_SOME_OF_BEFORE_RE = re.compile(r"\b(?:most|much|parts?|large\s+parts|swathes?|areas|some|several|many|\d+|not\s+all|all\s+but\s+"
                                r"\w+)\s+of\s+(?:the\s+)?(?:[\w\-]+\s+)?$", re.IGNORECASE)
_ITS_DISTRICTS_RE = re.compile(r"[’']s\s+(?:\d+|\w+)\s+(?:districts|district\s+centres|district\s+centers)\b", re.IGNORECASE)
_ATTACK_WAS_RE = re.compile(r"\b(?:the|their|its|that|an?)\s+(?:[\w\-]+\s+)?(?:attacks?|assaults?|offensive)\s+"
                            r"(?:was|were|had\s+been|has\s+been|have\s+been)\s+$", re.IGNORECASE)
_INCLUDING_AFTER_RE = re.compile(r"[^,;.]{0,40}?,\s+including\s+", re.IGNORECASE)
_ATTACK_ON_WAS_RE = re.compile(r"\b(?:attacks?|assaults?|offensive)\s+(?P<on>on|against)\s+[^,;]{1,70}?\s+(?:was|were|had\s+been|"
                               r"has\s+been|have\s+been)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_OBJ_REL_RE = re.compile(r",\s+which\s+(?:the\s+)?(?:[\w\-]+\s+){1,4}?(?:had\s+|have\s+|has\s+)?(?:\w+ly\s+)?"
                         r"(?:(?:continued|continue|continues)\s+to\s+)?$",  # ("which US forces continued to control")
                         re.IGNORECASE)
_HQ_OF_RE = re.compile(r"\b(?:headquarters|centre|center)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_DISTRICT_AFTER_RE = re.compile(r"\s+districts?\b", re.IGNORECASE)
_DISTRICT_BEFORE_RE = re.compile(r"\bdistricts?\s+(?:centre\s+|center\s+)?of\s+$", re.IGNORECASE)
# Before a side's name: the side is the object of a verb or a preposition ("had beaten an elite special forces unit",
# "fought the Taliban", "against government troops"), not who acts.
_OBJECT_BEFORE_RE = re.compile(r"\b(?:beat(?:en)?|defeated|killed|attacked|ambushed|routed|fought|fighting|battling|battled|"
                               r"against|targeting|targeted|surrounded|besieged|repelled|disarmed|captured|arrested|"
                               r"(?:driven|drove|pushed|forced|chased|kicked)\s+out|expelled|ousted|evicted)\s+"
                               r"(?:an?\s+|the\s+|some\s+|dozens\s+of\s+|hundreds\s+of\s+)?(?:[\w\-]+\s+){0,2}$",
                               re.IGNORECASE)
# A side named only by its men ("soldiers", "special forces"): some of them surrendering hands over nothing.
_BARE_TROOPS_RE = re.compile(r"(?:soldiers|troops|special\s+forces|policemen|police(?:\s+officers)?|border\s+police|"
                             r"army\s+(?:units?|troops|commandos)|commandos)", re.IGNORECASE)
# Where raids strike, not a fight for the place: "attacks on Taliban positions in Panjshir".
_POSITIONS_IN_RE = re.compile(r"\b(?:positions|posts|outposts|checkpoints|check\s+posts|bases|convoys?|patrols?|vehicles)\s+"
                              r"(?:in|near|around|across|of)\s+(?:the\s+)?(?:[\w\-’']+\s+){0,2}$", re.IGNORECASE)
# A word that makes an aim or a forecast of what follows ("will likely attempt to isolate Kabul by seizing ...").
_MODAL_WORD_RE = re.compile(r"\b(?:will|would|could|might|may|likely|attempt(?:s|ed|ing)?|tr(?:y|ies|ying)|plan(?:s|ning)?|"
                            r"aim(?:s|ing)?|seek(?:s|ing)?|hop(?:e|es|ing)|intend(?:s|ing)?)\b", re.IGNORECASE)
_FIGHTERS_BEFORE_RE = re.compile(r"\b(?:fighters|gunmen|militants|insurgents|rebels|men)\s+(?:[\w\-]+\s+){0,2}$",
                                 re.IGNORECASE)
_NOWHERE = _Mention(-1, -1, "", None, 0.0)  # (no mention: never at a match's start)
_LEAD_CUE_END_RE = re.compile(r"\s*,")
# ("On Friday the Taliban announced that Qalat had fallen": no comma, the speaker and the verb right after)
# (words only: not a dateline's "KABUL, July 15 - The Taliban said")
_LEAD_CUE_SPEAKER_RE = re.compile(r"\s+(?:the\s+|a\s+|an\s+)?(?:[\w’']+\s+){1,6}?(?:" + _STATEMENT_VERBS + r")\b",
                                  re.IGNORECASE)
_STATEMENT_WORD_RE = re.compile(r"\b(?:statement|message|tweet|posted|video|communiqu[eé]|announcement|declaration|wrote|"
                                r"reads|said|says|issued|published|translated)\b", re.IGNORECASE)
_ROLE_AFTER_RE = re.compile(r"\s*(?:[’']s\s+)?(?:chief\s+|main\s+|official\s+|deputy\s+)?(?:spokes(?:man|woman|person)|"
                            r"commanders?|leaders?|officials?|media\s+office|press\s+office)\b", re.IGNORECASE)
_LINE_LABEL_RE = re.compile(r"[^:;,.]{1,40}:\s+")
_BARE_FORCES_BEFORE_RE = re.compile(r"\b(?:the\s+)?(?:forces|troops|soldiers|units)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# An object, then where it is ("the final in Kabul", "footage of families sheltering on rooftops in Pul-e Khumri").
_OBJECT_THEN_WHERE_RE = re.compile(r"\s*(?:(?:the|a|an|its|their|his|her|this|that)\s+)?(?P<np>[^,;.:]{1,60}?)\s+(?:in|at|inside|"
                                   r"near|across)\s+(?:the\s+)?(?:[\w\-’']+\s+){0,2}$", re.IGNORECASE)
# What a place or a part of one is called: the object is (in) the place itself.
_PLACE_WORD_RE = re.compile(r"\b(?:city|cities|town|towns|district|districts|centres?|centers?|capitals?|provinces?|villages?|"
                            r"areas?|bases?|airports?|airfield|crossings?|port|valley|borders?|headquarters|compound|offices?|"
                            r"buildings?|checkpoints?|posts?|outposts?|positions?|parts?|neighbou?rhoods?|control|suburbs|"
                            r"outskirts|highways?|roads?|bazaar|markets?|prison|jail|garrison|corps|hills?|mountains?|region|"
                            r"territory|whole|rest|most|all|seat|stronghold|hub|gate|gates|streets?|squares?|"
                            r"police|army|governor|administration|government|power|palace|attacks?|assaults?)\b",
                            re.IGNORECASE)
_QUALIFIER_OF_RE = re.compile(r"\s+(?:district|city|town|capital|border\s+town|valley)\s+of\s+")
# "Sar-e Pul, capital of the province of the same name, and Taloqan": an apposition between two items of a list
_APPOS_AND_RE = re.compile(r",\s*(?:the\s+)?(?:(?:provincial|northern|southern|eastern|western|main|largest|second|third)\s+)?"
                           r"(?:capital|city|town|district|seat|centre|center|home|hub|gateway)\b[^,;:]{0,60},\s*"
                           r"(?:and|as\s+well\s+as)\s+$", re.IGNORECASE)
_SCENARIO_LEAD_RE = re.compile(r"\s*(?:(?:scenario|option)\s+(?:\w+|\d+)\s*[:.–—-]|in\s+(?:the|a|this|that|another)\s+"
                               r"(?:[\w\-]+\s+){0,2}(?:scenario|case)\b|in\s+the\s+(?:first|second|third|fourth|fifth|last|"
                               r"final|worst|best|likeliest|most\s+likely)\s*,)", re.IGNORECASE)
_CELL_SEP_RE = re.compile(r"\s+(?:-{2,}|[-–—|])\s+|\t+")  # (also runs of dashes: "Torkham ------ Nangarhar ------ DFA")
_PLACE_COLUMN_RE = re.compile(r"^\s*areas?\s*$|\b(?:capital|city|cities|town|district|place|location|airport|base|crossing|"
                              r"crossing\s+point|facility|border\s+point|site)\b|"
                              r"^\s*(?-i:PCs?|DCs?|BCPs?)\s*$", re.IGNORECASE)  # ("PC": a provincial capital)
_PROVINCE_COLUMN_RE = re.compile(r"\bprovinces?\b", re.IGNORECASE)
_EVENT_COLUMN_RE = re.compile(r"\b(?:fell|fall|taken|captured|seized|overrun|date|control|controlled|held|holds?|status)\b",
                              re.IGNORECASE)
# (what may follow a side in a holder cell: "Government control; fighting on outskirts")
_HOLDER_REST_RE = re.compile(r"(?:\s+(?:control|controlled|hands|held|in\s+control))?(?:\s+(?:of|over)\s+the\s+(?:district\s+"
                             r"cent(?:re|er)|DC|DAC|city|town|compound|crossing|district))?\s*(?:[;,.]\s.*)?", re.IGNORECASE)
# (a legend's "T = Taliban control of the district centre")
_BRACKETS_RE = re.compile(r"\([^()]*\)")
_SINCE_LEAD_RE = re.compile(r"\s*(?:since|as\s+of|from)\b", re.IGNORECASE)
# A markdown table's rule under its header: "|---|---|"
_TABLE_RULE_RE = re.compile(r"\s*\|?\s*:?-{3,}:?\s*(?:[|+ ]\s*:?-{3,}:?\s*)*\|?\s*$")  # (or "-------  ------")
# A legend line of one code: "CONT = contested: active fighting inside the city", "AOG = armed opposition group"
_CODE_LINE_RE = re.compile(r"\s*(?P<code>[A-Z]{1,5})\s*=\s*(?P<means>[^\n]+)")
# A legend of the codes a table's cells use: "Codes: G = ANDSF control; N = NSAG control; C = contested"
_LEGEND_RE = re.compile(r"\s*(?:(?i:codes?|legend|key|abbreviations)|[A-Z][a-z]{2,15}(?:\s+[a-z]{2,15})?)\s*:(?=\s*(?:[A-Z]{1,5}|\*)\s*=)")
_MEANING_LEAD_RE = re.compile(r"(?:the\s+)?(?:[A-Z][\w\-]*\s+)?")  # what may come before a side in a legend: "Afghan"
_MEANING_CUT_RE = re.compile(r"\s*[:(;]|,\s")  # "contested: active fighting ...": the meaning is the first words
_CODE_RE = re.compile(r"(?:^|[;:,|]\s*)(?P<code>[A-Z](?:[A-Za-z]{0,3}[A-Z])?|\*)\s*(?:=|–|—|-|:)\s*(?P<means>[^;|\n]+)")
# A legend line of several codes with no label: "TB = Taliban | GoA = Afghan government forces | PC = provincial capital"
_CODES_LINE_RE = re.compile(r"\s*[A-Z][A-Za-z]{0,4}\s*=[^|;\n]+[|;]\s*[A-Z][A-Za-z]{0,4}\s*=")
# A column that tells in words what happened to each place ("Event", "Details").
_TOLD_COLUMN_RE = re.compile(r"events?|details?|description|incidents?|what\s+happened|developments?|changes?|remarks?",
                             re.IGNORECASE)
# What a table's place cell may add to the name: "Kalafgan DC", "Islam Qala BCP", "Qala-e-Naw city"
_NAME_QUALIFIER_RE = re.compile(r"\s+(?:DC|PC|BCP|city|town|district(?:\s+cent(?:re|er))?|crossing|border\s+crossing)$",
                                re.IGNORECASE)
# A column of who holds each place ("Status", "Controlled by", "Control", "Held by").
_CONTROL_WORDS = r"control|controlled\s+by|held\s+by|holder|in\s+control|controller|controlling\s+party|current"
# ("Previous | Current", "Controlling party (as reported)")
_HOLDER_COLUMN_RE = re.compile(rf"^(?:status|code|{_CONTROL_WORDS})$", re.IGNORECASE)  # ("Code": a legend's)
# ... and one that can only be that, before a "Status" that may be a road's or a crossing's ("Open", "Closed")
_CONTROL_COLUMN_RE = re.compile(rf"\b(?:{_CONTROL_WORDS})\b", re.IGNORECASE)
_DAY_COLUMN_RE = re.compile(r"\b(?:date|day|since|when|as\s+of|last\s+change|changed)\b", re.IGNORECASE)
_NOTE_COLUMN_RE = re.compile(r"\b(?:source|sources|src|note|notes|remarks?|comments?|verification|verified|grading|grade|"
                             r"confidence|reliability)\b", re.IGNORECASE)
# "T (u)" where the legend says "(u) = unconfirmed: single source or Taliban claim only": a code in brackets that doubts
_BRACKET_CODE_RE = re.compile(r"\(([^()\s]{1,4})\)")
_CODE_DOUBT_RE = re.compile(r"\b(?:unconfirmed|unverified|not\s+(?:independently\s+)?(?:confirmed|verified)|claim|claimed|"
                            r"single\s+source)\b", re.IGNORECASE)
_FOOTNOTE_RE = re.compile(r"^[ \t]*(\([a-z0-9]{1,2}\)|\[[a-z0-9]{1,2}\])[ \t]+(\S[^\n]*)$", re.MULTILINE)
# "Changes since Update #6 are marked with an asterisk (*)", "* = new since the last report": what a star means
_STAR_CHANGE_RE = re.compile(r"\b(?:changes?|changed|new|updated?|updates)\b[^.\n]{0,60}?\b(?:marked|flagged|shown|indicated|"
                             r"denoted)\s+(?:with|by)\s+(?:an?\s+)?(?:asterisks?|\(?\*\)?)"
                             r"|(?:asterisks?|\(\*\)|(?<![\w*])\*)\s*(?:=|:|marks?|denotes?|indicates?|shows?)\s*(?:an?\s+)?"
                             r"(?:changes?|changed|new|updated?)\b", re.IGNORECASE)
_CELL_HEDGE_RE = re.compile(r"\s*\((?:c|cl|claim|claimed|unverified|unconfirmed|reported|per\s+[^)]*)\)", re.IGNORECASE)
_CELL_DISPUTED_RE = re.compile(r"\s*\((?:d|disp|disputed|denied)\)", re.IGNORECASE)
_CELL_HEDGE_WORD_RE = re.compile(r"\s+(?:claim|claimed|unverified|unconfirmed)\b(?=\s*(?:\(|$))", re.IGNORECASE)
# A column of who held each place before the one of who holds it now ("Previous (9 Aug)", "Before")
_PREVIOUS_COLUMN_RE = re.compile(r"\s*(?:previous|prior|before|earlier|former|last\s+(?:week|report|update))\b",
                                 re.IGNORECASE)
_CELL_UNVERIFIED_RE = re.compile(r"\b(?:not\s+(?:been\s+)?(?:independently\s+)?(?:verified|confirmed)|unverified|"
                                 r"unconfirmed|(?:statement|claim)\s+only)\b", re.IGNORECASE)
_CONTESTED_CELL_RE = re.compile(r"(?:(?:active|heavy|ongoing|continued|continuing)\s+)?"
                                r"(?:contested|fighting|clashes|under\s+attack|besieged|under\s+siege)", re.IGNORECASE)
# "TABLE 2 - BORDER CROSSINGS (status as of 25 July)": the day a table's states are given for
_AS_OF_RE = re.compile(r"\b(?:as\s+of|as\s+at)\s+", re.IGNORECASE)
_HELD_BY_CELL_RE = re.compile(r"\b(?:held|controlled|holds?|in\s+the\s+hands)\b")
_DATE_OR_FELL_RE = re.compile(r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|monday|tuesday|wednesday|thursday|"
                              r"friday|saturday|sunday|yesterday|today|fell|taken|captured)")
_ASIDE_TO_VERB_RE = re.compile(r",[^,;:“”\"]{1,150},\s*(?:(?:also|then|later|quickly|swiftly|had|have|has)\s+){0,2}")
_POCKETS_RE = re.compile(r"\b(?:pockets?|parts?|some|a\s+few|a\s+handful|buildings|compounds|neighbou?rhoods|areas)\b",
                         re.IGNORECASE)
# "former soldiers", "former members of the Afghan security forces": no longer that side's men
_FORMER_RE = re.compile(r"\b(?:former|ex-)\s*(?:(?:members?|officers?|personnel|fighters|commanders?|soldiers)\s+of\s+"
                        r"(?:the\s+)?)?$", re.IGNORECASE)
# A landmark of places listed next ("the outskirts of several other capitals, including ..."), unlike places around a
# landmark ("most of the districts around it, including ...").
_LANDMARK_OF_PLACES_RE = re.compile(r"\b(?:outskirts|edges?|approaches|gates|suburbs|perimeters?|roads?|highways?)\s+"
                                    r"(?:of|to|into)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?(?:capitals|cities|towns|districts|"
                                    r"provinces|centres|centers)\b", re.IGNORECASE)
_AND_BEFORE_RE = re.compile(r"[^,;.:“”\"]*,?\s+and\s+")  # ("fell on Wednesday and Shinkay the next day")
_REGION_TAIL_RE = re.compile(_IN_REGION)
# "Kandahar fell overnight, and Herat in the west on Thursday.": a place with no verb of its own after the event's clause
_GAPPED_TAIL_RE = re.compile(r"(?:\s+in\s+the\s+(?:far\s+)?[\w\-]+|\s*,[^,;.:“”\"]{1,110},(?=\s*(?:on|late|early|overnight|last|"
                             r"later|hours|a\s+day|the\s+(?:next|following))\b))?(?:\s*,?\s*(?:on|late|early|overnight|last|later|"
                             r"hours\s+later|a\s+day\s+later|the\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night))\b"
                             r"[^,;.:“”\"]{0,30})?\s*(?:[.;]|$|,\s+(?:leaving|giving|bringing|"
                             r"making|as|while|after|officials\s+said|according\s+to)\b"
                             # ("..., and Shinkay the next day, provincial officials said")
                             r"|,\s+(?:[\w\-’']+\s+){1,5}?(?:said|says|told|reported|added|confirmed)\b)")
# A few of some places, the place among them ("in control of only a handful of large cities, including Kabul").
_PART_OF_PLACES_RE = re.compile(r"\b(?:a\s+handful|a\s+few|some|several)\s+of\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?:cities|"
                                r"towns|districts|provincial\s+capitals|capitals|provinces)\b", re.IGNORECASE)
# "the Islam Qala crossing, which ...": the place's own kind after its name
_APPOS_NP_RE = re.compile(r",\s*(?:the|a|an|its|their)\s+(?:[\w\-’']+\s+){0,4}?(?:city|town|capital|hub|centre|center|"
                          r"stronghold|gateway|seat|crossing|district)")  # (a place's apposition: "the country's second city")
_PLACE_NOUN_AFTER_RE = re.compile(r"\s+(?:border\s+)?(?:crossing|district|city|town|airport|air\s+base|base|airfield|port|"
                                  r"valley|district\s+cent(?:re|er))", re.IGNORECASE)
_NOT_HELD_RE = re.compile(r"\b(?:not|no\s+longer|n[’']t)\s+(?:(?:yet|still|now|currently)\s+)?$", re.IGNORECASE)
# A capture verb with no object of its own ("took over on Sunday", "took control in the first week").
_NO_OBJECT_RE = re.compile(r"(?:\s+control)?\s*(?:,|\.|;|$|(?:on|in|late|early|last|overnight|yesterday|this|that|after|before|without|"
                           r"within|by)\b)", re.IGNORECASE)
# Rumours: posts or reports on social media, with no one named, that something happened.
# A speaker's own channel: "said in a post on Twitter", "claimed on his Twitter page", "announced in a message on Telegram"
_SAID_IN_POST_RE = re.compile(r"\b(?:said|says|claimed|claims|wrote|writes|posted|announced|tweeted|added|reported)\s+"
                              r"(?:\w+\s+){0,2}?(?:(?:in|on)\s+)?(?:(?:a|his|her|its|their|the\s+group[’']s)\s+)?(?:\w+\s+)?$",
                              re.IGNORECASE)
# Posts a side stands behind: "accounts linked to anti-Taliban commanders", "shared by supporters of the vice-president"
_LINKED_POSTS_RE = re.compile(r"\b(?:linked|affiliated|close)\s+to\b|\bsupporters\s+of\b|\brun\s+by\b|\bpro-\w+", re.IGNORECASE)
_SOCIAL_RUMOUR_RE = re.compile(
    r"\b(?:rumou?rs?|online\s+(?:claims?|reports?|posts?|rumou?rs?)|(?:posts?|reports?|claims?|messages?|pages?|accounts?)\s+"
    r"(?:\w+\s+){0,5}?(?:on|across)\s+"
    r"(?:social\s+media|Facebook|Twitter|Telegram|WhatsApp|TikTok|YouTube|messaging\s+apps)|"
    r"(?:social\s+media|Facebook|Twitter|Telegram|WhatsApp|TikTok|YouTube)"
    r"\s+(?:posts?|pages?|accounts?|users?|groups?|messages?|rumou?rs?|reports?))\b[^.;]{0,60}?\b(?:that|claiming|saying|of)\b"
    r"|\b(?:Facebook|Telegram|WhatsApp)\s+(?:pages?|accounts?|groups?)\s+(?:had\s+|have\s+)?(?:posted|claimed|said|reported)\b"
    # "Last week, posts claimed that Kunduz city had been captured": posts no one is named behind
    r"|\bposts\s+(?:had\s+|have\s+)?(?:claimed|suggested|alleged|asserted)\s+that\b"
    # "The posts, some of which used old video from other conflicts, said resistance forces had ...": the same
    r"|\b(?:the|these|those|such)\s+(?:posts|videos|messages|rumou?rs)(?:,\s+[^,;]{1,100},)?\s+(?:had\s+|have\s+)?"
    r"(?:said|claimed|suggested|alleged|asserted|showed|purported)\b",
    re.IGNORECASE)
# "..., a claim the resistance rejected": who answers a claim just told
_CLAIM_REJECTED_RE = re.compile(r",\s+(?:a\s+claim|claims|an\s+assertion)\s+(?:that\s+)?(?P<who>[^,;.“”\"]{2,60}?)\s+"
                                r"(?:\w+ly\s+)?(?:has\s+|had\s+|have\s+|quickly\s+)?(?:denied|rejected|dismissed|disputed|"
                                r"refuted|denies|rejects|dismisses|disputes|called|calls|described\s+as|branded|"
                                r"(?:never|not)\s+accepted|(?:does|did)\s+not\s+accept)\b",
                                re.IGNORECASE)
# ("..., a claim rejected at the time by the NRF")
_CLAIM_REJECTED_BY_RE = re.compile(r",\s+(?:a\s+claim|claims|an\s+assertion)\s+(?:\w+ly\s+)?(?:denied|rejected|dismissed|"
                                   r"disputed|refuted)\s+(?:[\w\-]+\s+){0,3}?by\s+(?P<who>[^,;.“”\"]{2,60}?)(?=\s*(?:[,;.]|$))",
                                   re.IGNORECASE)
_MADE_TO_RE = re.compile(r"\b(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:forced|compelled|made|obliged)\s+to\s+$",
                         re.IGNORECASE)
# A list of places that fell, announced ("Below is a list of the capitals that have fallen since then"), and an entry's
# head ("Kunduz, Sar-e Pul and Taloqan:", "Zaranj (Nimroz):").
_LISTED_PLACES = r"(?:capitals|cities|districts|towns|places|centres|centers)"
_FALL_LIST_RE = re.compile(rf"\b(?:(?:list|following|below|these|here\s+are|timeline|chronology)\b[^.;]{{0,80}}?\b{_LISTED_PLACES}"
                           rf"|{_LISTED_PLACES}\s+(?:below|listed\s+below|that\s+follow))\b[^.;]{{0,40}}?\b(?:have\s+fallen|"
                           r"had\s+fallen|fell|fallen|taken|captured|seized|lost|overrun|passed\s+to|changed\s+hands|came\s+under|"
                           r"handed\s+over)\b", re.IGNORECASE)
# A heading over a timeline's entries ("THE TIMELINE", "Chronology:", "Timeline of the fall"), and words that say a
# report or a heading is about places that fell ("a timeline of the fall of the provincial capitals", "How the north fell")
_TIMELINE_HEADING_RE = re.compile(r"[\W\d]*(?:the\s+|a\s+)?(?:timeline|chronology)\b[^.!?]*", re.IGNORECASE)
_OF_FALLS_RE = re.compile(r"\b(?:fall|fell|fallen|falls|captures?|captured|taken|seized|seizures?|toppled|lost|losses|"
                          r"collapsed?|takeover|conquests?)\b", re.IGNORECASE)
# (one of them is in every line _FALL_LIST_RE finds: a cheap test first)
_FALLEN_HEADING_RE = re.compile(rf"[\W\d]*(?:[\w\-]+\s+){{0,3}}?{_LISTED_PLACES}\s+(?:(?:that|which)\s+(?:have\s+|had\s+)?)?"
                                r"(?:fallen|fell|taken|captured|seized|lost|overrun|handed\s+over)\b(?!\s+back\b)(?!\s+(?:by|to)\s+"
                                r"(?:the\s+)?(?:government|ANDSF|ANSF|Afghan\s+forces)\b)[^.;!?]*$", re.IGNORECASE)
_FALL_LIST_WORD_RE = re.compile(r"fell|fallen|taken|captured|seized|lost|overrun|passed|hands|came under|handed")
_FALL_LIST_LEAD_RE = re.compile(r"list|following|below|these|here are|timeline|chronology|that follow")
_ENTRY_HEAD_RE = re.compile(r"\s*[A-Z][^:.;\n]{1,160}?:\s+")
_BESIDES_RE = re.compile(r"\s*(?:besides|apart\s+from|except\s+for|other\s+than)\s+$", re.IGNORECASE)
_HOLDING_POSITIONS_RE = re.compile(r"\s+(?:on\s+to\s+|onto\s+)?(?:their|its)\s+(?:own\s+)?(?:positions|ground|lines|posts)\b",
                                   re.IGNORECASE)
_WHOSE_PART_RE = re.compile(r",\s+whose\s+(?:city\s+|district\s+|provincial\s+)?(?:centre|center|capital|main\s+town)\s+"
                            r"(?:had\s+|has\s+|was\s+)?(?:\w+ly\s+)?$", re.IGNORECASE)
# between a listed place and its own day: "Zaranj in the southwest on Friday", "Sheberghan, late on Saturday"
_ITEM_DATE_GAP_RE = re.compile(r"(?:\s*,?\s+(?:in|near)\s+(?:the\s+)?(?:far\s+)?(?:[\w\-]+\s+){0,2}?[\w\-]+"
                               # "Sheberghan, capital of Jowzjan and home of ..., on Saturday": an apposition
                               r"|\s*,[^,;.:“”\"]{1,110},)?[\s,]*(?:(?:on|late|early|by)\s+)*")
# "took Zaranj, the capital of Nimroz, on Friday, and Sheberghan, in Jowzjan province, on Saturday": after a listed place
# and its own day, ", and" with another place and its own day, and no verb, is one more item of the list
_ITEM_DAY = (r"(?:(?:late|early)\s+)?(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d{1,2}\s+[A-Z][a-z]+|"
             r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}|the\s+(?:same|next|following)\s+day|last\s+night|overnight|a\s+day\s+later|"
             r"hours\s+later|later)(?:\s+(?:morning|afternoon|evening|night))?")
_ITEM_WHERE = r"(?:\s*,[^,;.:“”\"]{1,110},|\s+(?:in|near)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?[\w\-]+\s*,?)?"
_DATED_ITEM_GAP_RE = re.compile(rf"{_ITEM_WHERE}[\s,]*{_ITEM_DAY},\s+and\s+(?:also\s+)?$")
_DATED_ITEM_TAIL_RE = re.compile(rf"{_ITEM_WHERE}[\s,]*{_ITEM_DAY}\s*(?:[.;]|$|,\s+(?:leaving|giving|bringing|"
                                 r"making|as|while|after|officials\s+said|according\s+to)\b)")
# the places a list's entry, a "where" clause or an "it" stands for: a town or a post, not a province or a region
_TOWN_KINDS = ("city", "district", "airport", "base")
# the cues that name a day of their own ("August 8", "on Friday", "yesterday", "today"), not a vaguer time
_DAY_CUE_KINDS = frozenset({"abs", "weekday", "prev", "today"})
_RELATIVE_CUE_KINDS = frozenset({"weak", "next", "apart"})  # days counted from one named before ("four days later")
_BRIEF_ENTRY_RE = re.compile(r"\bbriefly\b|\bbefore\s+(?:being\s+)?(?:[\w\-’']+\s+){0,6}?(?:pushed|driven|forced|beaten|"
                             r"repelled|expelled)\b|\b(?:were|was)\s+(?:\w+\s+)?(?:pushed|driven|forced)\s+(?:back|out)\b",
                             re.IGNORECASE)
_AND_DAYS_GAP_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:on\s+)?", re.IGNORECASE)


def _called_district(text: str, x: _Mention) -> bool:
    """The text names the place as a district: "Khanabad district", "the district of Khanabad"."""
    if "istrict" not in text and "ISTRICT" not in text:
        return False
    return bool(x.text.lower().endswith(("district", "districts")) or _DISTRICT_AFTER_RE.match(text, x.end)
                or _DISTRICT_BEFORE_RE.search(text, max(0, x.start - 25), x.start))


def _capitals(s: str, mentions: list[_Mention], comp: _Compiled, context: Place | None) -> list[_Mention]:
    """Provinces standing for their capitals: "the capital of northern Kunduz province" is Kunduz city; in
    "Badakhshan's capital Faizabad" the province only qualifies the city; "the provincial capital" is the capital
    of the province named before (in the sentence, else the province of the city the report is about)."""
    out: list[_Mention] = []
    for i, x in enumerate(mentions):
        cap = comp.capital_of.get(x.place.admin1_code) if x.place is not None and x.place.kind == "province" else None
        if cap is None:
            if "capitals" in s and x.place is not None and x.place.kind == "city" \
                    and comp.capital_of.get(x.place.admin1_code) == x.place \
                    and (plural := _CAPITALS_OF_RE.search(s, max(0, x.start - 90), x.start)) is not None \
                    and not _LIST_ITEM_RE.search(plural.group()):
                # "the provincial capitals of Farah and Badakhshan": Farah names its province's capital, itself
                out.append(replace(x, start=plural.start(), text=s[plural.start():x.end]))
            else:
                out.append(x)
            continue
        before = _CAPITAL_BEFORE_RE.search(s, max(0, x.start - 60), x.start)
        if before is None and "capitals" in s and (plural := _CAPITALS_OF_RE.search(s, max(0, x.start - 90),
                                                                                     x.start)) is not None:
            # "the provincial capitals of Nimroz, Jawzjan and Kunduz": each province's capital (the first one
            # spans the phrase, as "the capital of Kunduz province" does)
            a = plural.start() if not _LIST_ITEM_RE.search(plural.group()) else x.start
            out.append(_Mention(a, x.end, s[a:x.end], cap, x.confidence * 0.95))
            continue
        if before:
            a = before.start("cap")
            out.append(_Mention(a, x.end, s[a:x.end], cap, x.confidence * 0.95))
            continue
        after = _CAPITAL_AFTER_RE.match(s, x.end)
        if after:
            nxt = mentions[i + 1] if i + 1 < len(mentions) else None
            if after.group("sep") and nxt is not None and nxt.start == after.end() and nxt.place is not None:
                continue  # "Badakhshan's capital Faizabad": Faizabad is the place
            end = after.end() - len(after.group("sep") or "")
            out.append(_Mention(x.start, end, s[x.start:end], cap, x.confidence * 0.95))
            continue
        out.append(x)
    for m in _PROVINCIAL_CAPITAL_RE.finditer(s):
        if any(x.start < m.end() and m.start() < x.end for x in out):
            continue
        nxt = [x for x in out if m.end() <= x.start <= m.end() + 3 and x.place is not None]
        if nxt:
            continue  # "the provincial capital, Faizabad": the apposition names it
        cap = comp.capital_of.get(_province_before(out, m.start(), context))
        if cap is not None:
            out.append(_Mention(m.start(), m.end(), m.group(), cap, 0.75, ref=True))
    return sorted(out, key=lambda x: x.start)


def _province_before(mentions: list[_Mention], pos: int, context: Place | None) -> str:
    """The admin1 code of the province named last before `pos` ("Members of the Ghazni provincial council ... the
    provincial capital"), else of the place named last, else of the city the report is about ("" when none)."""
    places = [x.place for x in mentions if x.end <= pos and x.place is not None and x.place.admin1_code]
    provinces = [p for p in places if p.kind == "province"] or places
    return provinces[-1].admin1_code if provinces else (context.admin1_code if context is not None else "")


def _years_away(s: str, lo: int, hi: int) -> bool:
    """ "a year later", "that year", "twice before" between lo and hi (a word test first: the pattern is slow)."""
    w = s[lo:hi].lower()
    return ("year" in w or "twice" in w or "thrice" in w or "once" in w or "times" in w) and \
        _YEARS_AWAY_RE.search(s, lo, hi) is not None


def _whole_province(s: str, mentions: list[_Mention], comp: _Compiled, context: Place | None) -> list[_Mention]:
    """ "the Taliban had taken the entire province": the province named before (in the sentence, else that of the
    city the report is about)."""
    out = list(mentions)
    for m in _WHOLE_PROVINCE_RE.finditer(s):
        if any(x.start < m.end() and m.start() < x.end for x in out):
            continue
        if not _ENTIRE_RE.search(m.group()) and not any(x.end <= m.start() and x.place is not None
                                                         and x.place.kind == "province" for x in mentions):
            continue  # a bare "the province" is a province named before it in the sentence, or none
        province = comp.province_of.get(_province_before(out, m.start(), context))
        if province is not None:
            out.append(_Mention(m.start(), m.end(), m.group(), province, 0.75, ref=True))
    return sorted(out, key=lambda x: x.start)


def _confirm_claims(m: re.Match[str], before: list[_Draft], comp: _Compiled) -> None:
    """ "The claim was confirmed on Monday by a local journalist" (`m`, a `_CONFIRM_CLAIM_RE` match): an official's or
    an independent source's word on the claims just made (the sentence before, or the one before it) confirms them."""
    who = (m.group("who") or m.group("by") or "").strip()
    kind = _classify(who, comp, CONTESTED)[0] if who else "unknown"
    if kind not in ("official", "independent"):
        return
    claimed = [d for d in before if d.status is Status.CLAIMED and d.controller != CONTESTED]
    if not claimed:
        return
    last = max(d.sentence.start for d in claimed)
    for d in claimed:
        if d.sentence.start == last:
            d.status = Status.CONFIRMED
            d.attribution = f"{d.attribution}; confirmed by {who}"


def _deny_claims(s: str, here: list[_Draft], before: list[_Draft], comp: _Compiled) -> None:
    """ "..., but local officials rejected the claim", "The ministry denied it.": the other side's denial of the
    claims just made (before the verb in this sentence, else those of the sentence before) disputes them."""
    m = _DENY_CLAIM_RE.search(s)
    if m is None:
        return
    if m.group("who"):  # "..., in a claim that the government in Kabul swiftly rejected"
        speaker = m.group("who").strip()
    elif m.group().endswith("by"):  # "..., a claim disputed by the government"
        agent = _BY_AGENT_RE.match(s, m.end() - 3)
        speaker = agent.group(1).strip() if agent else ""
    else:
        lo = max(s.rfind(",", 0, m.start()), s.rfind(";", 0, m.start()), s.rfind("”", 0, m.start()))
        speaker = _SPEAKER_TAIL_RE.sub("", _SPEECH_VERB_CUT_RE.sub("", s[lo + 1:m.start()]))
        if not _ADVERBS_ONLY_RE.sub("", speaker).strip(" ,"):
            # "The Taliban, however, said ... and denied they had lost it", "The ministry, though, flatly denies it"
            speaker = _SPEAKER_TAIL_RE.sub("", _SPEECH_VERB_CUT_RE.sub("", _ASIDE_RE.sub("", s[:m.start()])))
    speaker = speaker[_DENIER_LEAD_RE.match(speaker).end():].strip() if _DENIER_LEAD_RE.match(speaker) else speaker.strip()
    if (label := _LINE_LABEL_RE.match(speaker)) is not None:
        speaker = speaker[label.end():]  # "Qadis: the governor's spokesman": the line's heading is no part of who
    if not speaker:
        return
    own = [d for d in here if d.start < m.start() and d.controller != CONTESTED]
    # "... said their fighters were still in control of the district and denied they had lost it": their own hold
    # is no target; the claim they deny is the one before
    targets = [d for d in own if _classify(speaker, comp, d.controller)[1] not in (None, d.controller)] or before
    for d in targets:
        kind, side = _classify(speaker, comp, d.controller)
        if side is None or side == d.controller or d.controller == CONTESTED or d.status is Status.DISPUTED:
            continue
        d.status = Status.DISPUTED
        d.attribution = f"{d.attribution}; denied by {speaker}"


def _is_landmark(s: str, x: _Mention) -> bool:
    """A mention placed by a preposition ("in Kabul", "from Farah"): named in passing."""
    return bool(_PREP_RE.search(s[max(0, x.start - 30):x.start]) or _LANDMARK_RE.search(s[max(0, x.start - 40):x.start]))


def _ascii_name(place: Place) -> str:
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", place.name) if not unicodedata.combining(c))


# --- clauses, speakers, dates ----------------------------------------------------------------------------

@dataclass(slots=True)
class _Speech:
    verb_start: int
    verb_end: int
    speaker: str
    sp_start: int
    sp_end: int
    mode: str  # before (content after the verb) | trailing (content before the speaker) | anywhere
    denial: bool
    scope_end: int = 10 ** 9  # where its content ends ("The Taliban's claims to have seized X came after ...": at "came")


def _clause_start(bounds: list[tuple[int, int]], pos: int) -> int:
    start = 0
    for a, b in bounds:
        if b <= pos:
            start = b
        else:
            break
    return start


def _clause_end(bounds: list[tuple[int, int]], pos: int, limit: int) -> int:
    for a, b in bounds:
        if a >= pos:
            return a
    return limit


def _speeches(text: str, low: str, events: list[_Event], soft: list[tuple[int, int]]) -> list[_Speech]:
    out: list[_Speech] = []
    subject_bounds = [b for b in soft if not _REL_WHO_RE.match(text[b[0]:b[1]])]
    for m in _SPEECH.finditer(text, low):
        if m.group("acc"):
            rest = text[m.end():]
            cut = _SPEAKER_CUT_RE.search(rest)
            sp_end = m.end() + (cut.start() if cut else len(rest))
            seg = text[m.end():sp_end]
            # "according to Hoda Ahmadi, a lawmaker from the province." : keep the apposition at the end
            tail = text[sp_end:]
            app = _SPEAKER_APPOSITION_RE.match(tail)
            if app and _PROPER_NAME_RE.fullmatch(seg):
                sp_end += app.end()
                seg = text[m.end():sp_end]
            out.append(_Speech(m.start(), m.end(), seg.strip(), m.end(), sp_end, "anywhere", False))
            continue
        verb = m.group("verb").lower()
        if verb in ("claims", "claim", "reports", "states") and _DETERMINER_END_RE.search(text, max(0, m.start() - 12),
                                                                                 m.start()):
            continue  # "could not verify these claims": a noun, nobody speaking
        if verb in ("said", "reported") and _RAISING_RE.match(text, m.end()):
            continue  # "Tirinkot and Qalat (were) reported to have surrendered": the subject is the news, not a speaker
        if _SELF_NAMED_RE.match(text, m.end()):
            continue  # "Saleh, who has declared himself caretaker president": what he calls himself, no word on places
        vs, ve = m.start(), m.end()
        obj = _TOLD_OBJECT_RE.match(text[ve:]) if verb in ("told", "tells") else None
        if obj:
            ve += obj.end()
        # inverted: ", said Zefon Saffi, a lawmaker from Laghman."
        if _INVERTED_END_RE.search(text, 0, vs) and _INVERTED_SPEAKER_RE.match(text[ve:]) and not any(
                e.start >= ve for e in events):
            seg = text[ve:].strip().rstrip(".")
            out.append(_Speech(vs, ve, seg, ve, len(text), "trailing_inv", verb in _DENIAL))
            continue
        by = _BY_AGENT_RE.match(text, ve)
        if by and _BY_MEANS_RE.match(by.group(1)):
            by = None  # "residents told Reuters by phone": how they said it, not who
        if by:  # passive: "a claim denied by the interior ministry", "as confirmed by two officials"
            seg = _SPEAKER_TAIL_RE.sub("", by.group(1).strip())
            if seg:
                out.append(_Speech(vs, ve, seg, by.start(1), by.start(1) + len(seg), "trailing", verb in _DENIAL))
                continue
        content_after = any(e.start >= ve for e in events)
        aside = _ASIDE_BEFORE_VERB_RE.search(text, 0, vs) if ", who " in text or ", speaking " in text \
            or ", as " in text else None
        if aside is not None:
            # "A commander of the anti-Taliban fighters, who spoke to VOA on condition that his name not be used,
            # said ...": the one before the aside speaks
            lo = max(text.rfind(",", 0, aside.start()), text.rfind("”", 0, aside.start()), text.rfind('"', 0, aside.start()))
            seg = text[lo + 1:aside.start()].strip()
            if lo < 0 and (dateline := _DATELINE_RE.match(seg)) is not None:
                seg = seg[dateline.end():]  # ("KABUL (Pajhwok): The Islamic Emirate of Afghanistan, as ...")
            if seg and len(seg.split()) <= 12 and not any(lo < e.start < aside.start() for e in events):
                sp_start = text.find(seg, lo + 1)
                out.append(_Speech(vs, ve, seg, sp_start, sp_start + len(seg), "before" if content_after else "trailing",
                                   verb in _DENIAL))
                continue
        rel = _WHO_BEFORE_RE.search(text, max(0, vs - 24), vs)
        if rel is not None:
            # "according to a local commander, who said ...": the one named just before speaks
            if out:
                prev = out[-1]
                out.append(_Speech(vs, ve, prev.speaker, prev.sp_start, prev.sp_end,
                                   "before" if content_after else "trailing", verb in _DENIAL))
                continue
            cut = max(text.rfind(",", 0, rel.start()), text.rfind("”", 0, rel.start()))
            # ("The fall of the city was confirmed by a council member, who said ...": the one named before "who")
            cut = max([cut] + [b.end() - 1 for b in _BY_OR_VERB_RE.finditer(text, cut + 1, rel.start())])
            seg = text[cut + 1:rel.start()].strip()
            if seg:
                sp_start = text.find(seg, cut + 1)
                out.append(_Speech(vs, ve, seg, sp_start, sp_start + len(seg), "before" if content_after else "trailing",
                                   verb in _DENIAL))
            continue
        if content_after:
            # ", the group said, a day after overrunning Zaranj": an attribution set off by commas speaks for the
            # whole sentence, what comes before it first
            cut = max(text.rfind(",", 0, vs), text.rfind("”", 0, vs), text.rfind('"', 0, vs))
            if cut > 0 and _PAREN_AFTER_RE.match(text, ve) and not any(cut < e.start < vs for e in events):
                seg = _SPEAKER_TAIL_RE.sub("", text[cut + 1:vs]).strip()
                if seg and len(seg.split()) <= 8:
                    sp_start = text.find(seg, cut + 1)
                    out.append(_Speech(vs, ve, seg, sp_start, sp_start + len(seg), "paren", verb in _DENIAL))
                    continue
            start = _clause_start(subject_bounds, vs)
            sub = text[start:vs]
            lead = _LEAD_ADVERBIAL_RE.match(sub)
            if lead:
                start += lead.end()
            mode = "before"
            if _QUOTE_END_RE.search(text[:start]) or _COMMA_END_RE.search(text[:start]) and any(
                    e.end <= start for e in events):
                mode = "trailing"  # '“... took control of Kandahar city,” a government official told Reuters'
        else:
            # ", a police officer said" / " - a local commander told Reuters": the speaker starts after the comma or dash
            cut = max(text.rfind(",", 0, vs), text.rfind("”", 0, vs), text.rfind('"', 0, vs),
                      *(i + 2 for i in (text.rfind(d, 0, vs) for d in (" - ", " – ", " — ")) if i >= 0))
            start = cut + 1 if cut >= 0 else _clause_start(soft, vs)
            if cut > 0 and not text[cut + 1:vs].strip() and text[cut] == ",":
                # ", Zabihullah Mujahid, a Taliban spokesman, said": the speaker and the apposition before the comma
                c1 = text.rfind(",", 0, cut)
                c0 = max(text.rfind(",", 0, c1), text.rfind("”", 0, c1), text.rfind('"', 0, c1)) if c1 > 0 else -1
                if c0 >= 0 and _NAME_APPOSITION_RE.fullmatch(text, c0 + 1, cut):
                    start = c0 + 1
            mode = "trailing"
        words = text[start:vs].split()
        if len(words) > 14:
            words = words[-14:]
            start = vs - len(" ".join(words)) - 1
        if any(start <= e.start < vs for e in events):
            # "X denied that A had fallen and said B": the subject is X again, not the clause in between
            if not out:
                continue
            prev = out[-1]
            out.append(_Speech(vs, ve, prev.speaker, prev.sp_start, prev.sp_end, mode, verb in _DENIAL))
            continue
        seg = text[start:vs].strip().strip(",").strip()
        seg = _TIMESTAMP_RE.sub("", _SPEAKER_DATE_RE.sub("", _SPEAKER_TAIL_RE.sub("", seg)))
        seg = _LEAD_CONJ_RE.sub("", seg)  # "..., but residents said": the residents
        if not seg:
            if out and _CONJ_END_RE.search(text, max(0, start - 12), vs):
                # "The ministry acknowledged heavy losses but denied that Kunduz had fallen": a second verb of the
                # same speaker (its subject slot holds the conjunction alone)
                prev = out[-1]
                out.append(_Speech(vs, ve, prev.speaker, prev.sp_start, prev.sp_end, mode, verb in _DENIAL))
            continue
        sp_start = text.find(seg, start)
        if mode == "trailing" and _AND_BOUND_RE.search(text, max(0, sp_start - 6), sp_start) \
                and _CLAUSE_AFTER_RE.match(text, ve):
            # "Mazar has been in Taliban hands since August 14, and the group's officials say they want ...": a clause of
            # its own, with its own content; not an attribution of what came before
            mode = "before"
        out.append(_Speech(vs, ve, seg, sp_start, sp_start + len(seg), mode, verb in _DENIAL))
    if " by " in text and ("was " in low or "were " in low or "been " in low):
        # "... was denied by the interior ministry": a denial in the passive (the active one is read above)
        for m in _PASSIVE_DENIAL_RE.finditer(text):
            by = _BY_AGENT_RE.match(text, m.end())
            seg = _SPEAKER_TAIL_RE.sub("", by.group(1).strip()) if by else ""
            if seg and not any(sp.verb_start == m.start("verb") for sp in out):
                out.append(_Speech(m.start("verb"), m.end(), seg, by.start(1), by.start(1) + len(seg), "trailing", True))
        out.sort(key=lambda sp: sp.verb_start)
    if "claim" in low or "assertion" in low:
        # "The Taliban's claim of capturing Spin Boldak was denied ...": a claim named as a noun is its owner's word
        for m in [*_CLAIM_NOUN_RE.finditer(text), *_CLAIM_BY_RE.finditer(text)]:
            if not any(sp.verb_start <= m.start("who") < sp.verb_end or m.start() <= sp.verb_start < m.end()
                       for sp in out):
                scope = _CLAIM_SCOPE_END_RE.search(text, m.end())
                out.append(_Speech(m.start("noun"), m.end(), m.group("who"), m.start("who"), m.end("who"), "before",
                                   False, scope.start() if scope is not None else 10 ** 9))
        out.sort(key=lambda sp: sp.verb_start)
    return out


def _applicable(speeches: list[_Speech], pos: int) -> _Speech | None:
    best, dist = None, 10 ** 9
    for sp in speeches:
        if sp.mode == "before" and sp.verb_end <= pos < sp.scope_end:
            d = pos - sp.verb_end
        elif sp.mode == "trailing" and pos < sp.sp_start:
            d = sp.sp_start - pos
        elif sp.mode == "trailing_inv" and pos < sp.verb_start:
            d = sp.verb_start - pos
        elif sp.mode == "paren" and not (sp.sp_start <= pos < sp.verb_end):
            d = sp.sp_start - pos if pos < sp.sp_start else pos - sp.verb_end + 500
        elif sp.mode == "anywhere" and not (sp.sp_start <= pos < sp.sp_end):
            d = abs(pos - sp.verb_start) + 1000  # weaker than a speech verb in the same clause
        else:
            continue
        if d < dist:
            best, dist = sp, d
    return best


def _classify(speaker: str, comp: _Compiled, controller: str) -> tuple[str, str | None]:
    """(status-kind, actor) of a speaker phrase: party (actor) | official (actor) | independent | unknown."""
    for m in comp.actor_re.finditer(speaker):
        aid = comp.alias_actor.get(_POSSESSIVE_S_RE.sub("", m.group("a")).casefold())
        if aid is None:
            aid = _actor_of(m.group("a"), comp)
        if aid and aid not in comp.official_actors:
            return ("official" if aid in comp.official_parties else "party"), aid
    if comp.official_re.search(speaker):
        side = next(iter(comp.official_actors), None)
        return "official", side
    for m in comp.actor_re.finditer(speaker):
        aid = _actor_of(m.group("a"), comp)
        if aid in comp.official_actors:
            return "official", aid
    if comp.independent_re.search(speaker):
        return "independent", None
    if _OWN_VOICE_RE.search(speaker) and controller in comp.actor_ids:
        # "their spokesman", "its commander": the side that acted speaks for itself
        return ("official", controller) if controller in comp.official_actors else ("party", controller)
    return "unknown", None


def _voice_side(voice: str | None, comp: _Compiled) -> str | None:
    """The side speaking a line or a statement, when it is one that takes places ("TALIBAN SPOKESMAN: ...")."""
    if voice is None:
        return None
    kind, side = _classify(voice, comp, CONTESTED)
    return side if kind == "party" and side in comp.fall_to else None


def _actor_of(alias: str, comp: _Compiled) -> str | None:
    aid = comp.actor_cache.get(alias, _MISS)
    if aid is _MISS:
        key = _SPACES_RE.sub(" ", _POSSESSIVE_S_RE.sub("", alias)).casefold()
        aid = comp.alias_actor.get(key) or (key if key in comp.dated else None)
        if len(comp.actor_cache) < 10_000:  # aliases as written: a small set, but text is untrusted
            comp.actor_cache[alias] = aid
    if aid is not None and aid in comp.dated:  # (no actor id is also a dated alias: ids have no spaces)
        day = _REPORT_DAY.get()
        return next((actor for first, last, actor in comp.dated[aid]
                     if day is not None and (first is None or day >= first) and (last is None or day <= last)), None)
    return aid


def _is_generic(alias: str, comp: _Compiled) -> bool:
    return _SPACES_RE.sub(" ", _POSSESSIVE_S_RE.sub("", alias)).casefold() in comp.generic


def _day(value: Any) -> date | None:
    """A profile's date (YAML gives a date, or a string when quoted)."""
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


# The publication day of the report being read: which side a dated alias names (set by `extract`).
_REPORT_DAY: ContextVar[date | None] = ContextVar("controlmap_report_day", default=None)
# The profile's `holds_losses` periods for the report being read (see _other_side)
_HOLDS_LOSSES: ContextVar[list] = ContextVar("controlmap_holds_losses", default=[])


# --- the extractor ---------------------------------------------------------------------------------------

@dataclass(slots=True)
class _Draft:
    place: Place
    written: str
    controller: str
    status: Status
    event_date: date | None
    precision: DatePrecision
    attribution: str
    sentence: Span
    start: int  # where the place is named in the sentence (sentence-local)
    confidence: float
    kind: str
    order: int
    entered: bool = False
    said_day: bool = False  # the date is only the day it was said (the event happened by then)  # a capture told as "entered": fighting told next makes it fought over
    retraction: bool = False  # what a correction says an earlier version wrongly told: it withdraws that claim

    @property
    def called_district(self) -> bool:
        """The text names the place as a district here ("Khanabad district"): it is not what "the city" means."""
        at = self.start  # (sentence-local, as every mention's)
        return _called_district(self.sentence.text, _Mention(at, at + len(self.written), self.written, self.place, 1.0))


def extract(report: Report, gazetteer: Any, profile: Theatre) -> Extraction:
    """Claims and unresolved place names of one report; never raises on odd text."""
    token = _REPORT_DAY.set(report.published)
    held = _HOLDS_LOSSES.set(_compiled(gazetteer, profile).holds_losses)
    try:
        return _extract(report, gazetteer, profile)
    finally:
        _HOLDS_LOSSES.reset(held)
        _REPORT_DAY.reset(token)


def _extract(report: Report, gazetteer: Any, profile: Theatre) -> Extraction:
    comp = _compiled(gazetteer, profile)
    text = report.text
    sentences = split_sentences(text)
    published = report.published
    source = (report.source or "").split("(")[0].strip() or "reporter"
    counts: Counter[str] = Counter()
    # the actor and trigger prefilters run once over the whole text; each sentence tries only its share of the
    # candidates (one scan instead of one per sentence)
    actor_starts = comp.actor.candidates(text)
    trigger_starts = _TRIGGER.candidates(text)
    named_sides: list[tuple[int, str]] = []  # (where, side) of each side named by a name of its own
    for m in (comp.actor.finditer(text) if actor_starts is None else comp.actor.finditer_at(text, actor_starts)):
        aid = _actor_of(m.group("a"), comp)
        if aid in comp.party_ids:
            counts[aid] += 1
            if comp.generic and aid in comp.fall_to and not _is_generic(m.group("a"), comp) \
                    and _SPACES_RE.sub(" ", _POSSESSIVE_S_RE.sub("", m.group("a"))).casefold() in comp.proper:
                named_sides.append((m.start(), aid))
    starts = [w for w, _ in named_sides]

    def named_before(pos: int, sentence_start: int) -> str | None:
        """What "the group" at `pos` means: the first side that takes places named earlier in its sentence (the
        subject: "The Taliban said they had retaken districts that fell to anti-Taliban militias ... since the group
        took Kabul"), else the one named last before the sentence."""
        i = bisect_right(starts, pos)
        j = bisect_left(starts, sentence_start)
        if j < i:
            return named_sides[j][1]
        return named_sides[i - 1][1] if i else None

    # who takes a place when the text says only "X fell": the most-named party that is not the state
    # (a place that "fell" was lost by the state: never the state itself, even when only its forces are named)
    # (not the side that, on the report's day, holds what the state's challenger takes: after the republic's fall the
    # NRF defends its valley, and "since the fall of Kabul" in a report about it is not the NRF's taking)
    defender = _loss_holder()
    challengers = Counter({a: n for a, n in counts.items() if a not in comp.official_actors and a in comp.fall_to
                           and a != defender})
    challengers_named = tuple(challengers)  # every challenger the report names
    # (a tie goes to the side the profile lists first among those who take places)
    dominant = (max(challengers, key=lambda a: (challengers[a], -comp.fall_order.index(a)
                                                if a in comp.fall_order else -len(comp.fall_order)))
                if challengers else next((a for a in comp.party_ids if a in comp.fall_to), CONTESTED))
    drafts: list[_Draft] = []
    denials: list[tuple[str, str | None, str, Span, int, str, float, str]] = []
    unresolved: list[Unresolved] = []
    context: Place | None = None
    city: Place | None = None  # the last such context not named as a district: "the city", "the town"
    recent_towns: list[Place] = []  # the towns and districts the last sentence that named any named
    recent_list: list[Place] = []  # the last list of two or more towns or districts
    ctx_district = topical_district = False  # whether the text calls `context` / `topical` a district
    airfield: Place | None = None  # the airport or base named last: "the airfield", "the base"
    airfield_at = -1  # the sentence that named it
    valley: Place | None = None  # the place named last as a valley: "the valley"
    crossing: Place | None = None  # the place named last as a crossing: "the crossing"
    history: frozenset[int] = frozenset()  # the past years the sentence before named
    past_years: frozenset[int] = frozenset()  # the past years any sentence before named
    by_sentence: dict[int, list[_Draft]] = {}  # sentence start -> its drafts

    def keep(found: Sequence[_Draft], sent: Span) -> None:
        """File a sentence's drafts under it, numbered in the order they come."""
        for d in found:
            d.order = len(drafts)
            drafts.append(d)
            by_sentence.setdefault(sent.start, []).append(d)

    topical: Place | None = None  # the city or district claimed last
    narrative: date | None = None
    last_actor: str | None = None
    spoke: dict[int, str | None] = {}  # sentence index -> the last speaker it names (sentences with events)
    surrenders: list[_Surrender] = []
    posts: list[tuple[Span, _Mention]] = []  # airports named as where something or someone was ("at the airport")
    voices = _Voices()
    tables = _Tables()
    list_lines = _Lists(report.title)
    past_line_end = -1  # the end of a timeline's line that opens with a past year
    disputed_lines: list[tuple[str, int, int]] = []  # (place, start, end) of status lines that say "DISPUTED"
    line_place: _Mention | None = None  # the place a status line sets out, for the rest of its line
    # A live page's day headings ("Saturday, 14 August"): each entry below one is read as of that day
    headings = _day_headings(sentences, text, published)
    entry_day: date | None = None
    log_day: date | None = None  # the day a log's heading gives its timed rows
    para_day: date | None = None  # the day a timeline's entry opens with, for the rest of its paragraph
    for idx, sent in enumerate(sentences):
        s = sent.text
        low = s.lower()
        para_start = sent.start == 0 or text[sent.start - 1] == "\n"  # the sentence opens a line
        if sent.start in headings:
            (entry_day, titled) = headings[sent.start]
            narrative = entry_day
            if not titled:
                continue
        if para_start and len(s) <= 60 and not s.rstrip().endswith(".") and _LOG_HEADING_RE.match(s) is not None:
            # "TIMELINE (local time, 13 Aug)", "Incident log - 3 August": the day of the timed rows below
            log_day = next((resolve_cue(c, published)[0] for c in find_cues(s, low) if c.kind == "abs"), None)
        line_day = list_lines.line(s, low, para_start, comp, published)
        timed_day = log_day if para_start and s[:1].isdigit() and _TIMED_ROW_RE.match(s) is not None else None
        # what the sentence's line holds before it ("1. ", "- "): the sentence opens the line if that is all
        line_lead = text[text.rfind("\n", 0, sent.start) + 1:sent.start]
        if para_start or line_lead in _DASH_LEADS:
            # a timeline's entry "11 August: The Taliban take Kunduz airport. Hundreds of troops surrender ...": the
            # day it opens with is the day of every sentence in it (also after a bullet: "– 11 August: Faizabad.")
            para_day = None
            if s[:1].isdigit() or s[:3].lower() in _MONTH_STARTS:
                lead = next((c for c in find_cues(s, low) if c.start <= 2 and c.kind == "abs"), None)
                if lead is not None and _ENTRY_DATE_RE.match(s, lead.end):
                    para_day = resolve_cue(lead, published)[0]
                    if para_day is not None and (published - para_day).days > 366:
                        # "September 27, 1996: The Taliban capture Kabul ...": a timeline's background, history
                        past_line_end, para_day = _line_end(text, sent.start), None
                    elif para_day is not None:
                        history = frozenset()  # (an entry of its own day: not the past of the entry before)
                    narrative = para_day or narrative  # ("Jalalabad falls in the morning": that day's morning)
            elif len(s) < 120 and (day_lead := _DAY_SUBJECT_RE.match(s)) is not None and (lead := next((
                    c for c in find_cues(s, low) if c.start <= day_lead.end() < c.end and c.kind == "abs"), None)) is not None \
                    and _DAY_SUBJECT_END_RE.match(s, lead.end):
                # a paragraph of a chronology that opens with its day: "Then came 15 August. Jalalabad ... fell at
                # dawn", "Sunday 8 August was the day the north began to crumble. Kunduz ... fell after days of fighting"
                para_day = resolve_cue(lead, published)[0]
                narrative = para_day or narrative
        denials_before = len(denials)
        voices.read(s, low, sent, para_start, text, sentences, idx, comp)
        line_voice, voice = voices.line, voices.heading
        indented = not para_start and not line_lead.strip(" \t")  # ("  T  = Taliban control")
        if para_start or tables.aligned or indented and (tables.key or tables.table is not None or "=" in s[:8]
                                                         or "..." in s) \
                or sent.start < tables.leader_end:
            rows, tabular = tables.read(s, sent, text, comp, published, dominant, source, line_lead)
            for d in rows:
                keep((d,), d.sentence)
            if tabular:
                continue
        mentions, unknown = _mentions(s, comp)
        line_start = not line_lead.strip(_LIST_MARKS)
        keep(list_lines.entry(s, low, line_lead, line_start, mentions, sent, comp, published, dominant, source), sent)
        if (mentions or unknown) and para_start and (
                dl := _DATELINE_RE.match(s)) is not None and not _place_label(s, dl, comp):
            mentions = [x for x in mentions if x.start >= dl.end()]
            unknown = [x for x in unknown if x.start >= dl.end()]
        if "(" in s and mentions and (masked := _bracketed_wheres(s, mentions, comp)) is not None:
            # "Mehtar Lam (Laghman) and Sharana (Paktika) came under NSAG control": the brackets only say where each
            # place is; read without them (blanked, so that every offset stays the text's)
            s, spans = masked
            low = s.lower()
            mentions = [x for x in mentions if not any(a <= x.start < b for a, b in spans)]
            unknown = [x for x in unknown if not any(a <= x.start < b for a, b in spans)]
        cut = sent.start > 0 and (text[sent.start - 1].isalnum() or text[sent.start - 1] == "_")
        triggers = (_TRIGGER.finditer(s, low) if trigger_starts is None
                    else _TRIGGER.finditer_at(s, _local(trigger_starts, sent, cut), low))
        actor_hits = (comp.actor.finditer(s, low) if actor_starts is None
                      else comp.actor.finditer_at(s, _local(actor_starts, sent, cut), low))
        if not triggers and actor_hits and ":" in s[:70] and (head := _HEADLINE_RE.match(s)) is not None and (
                side := next((a for a in actor_hits if a.start() == head.end()), None)) is not None \
                and _SITREP_REST_RE.match(s, side.end()):
            triggers = [_SITREP_RE.match(s, side.end())]  # "Doshi: ANDSF.": the side named holds the place
        elif not triggers and ":" in s[:70] and (head := _HEADLINE_RE.match(s)) is not None \
                and (fought := _CONTESTED_LABEL_RE.match(s, head.end())) is not None:
            triggers = [fought]  # "Qarabagh: contested. NSAG fighters entered the district bazaar on Friday": fought over
        if para_start and len(s) <= 6 and _YEAR_LINE_RE.fullmatch(s) and int(s[:4]) == published.year:
            history = past_years = frozenset()  # a chronology's heading of the report's year ("2021"): no more the past
            continue
        if para_start and s[:2] in ("19", "20") and (lead_year := _YEAR_LEAD_RE.match(s)) is not None \
                and int(lead_year.group(1)) < published.year:
            past_line_end = _line_end(text, sent.start)  # "1994: The Taliban ... take Kandahar in November": history
        if sent.start < past_line_end:
            triggers = []
        if sent.start < voices.scenario_end or ("scenario" in low or "in the " in low[:12]) and _SCENARIO_LEAD_RE.match(s):
            triggers = []  # (a sentence that sets one out: "In the second, the Taliban take most provincial capitals")
        if line_start:
            line_place = None
            if mentions and (lead := _LINE_LEAD_RE.match(s)) is not None and mentions[0].start == lead.end() \
                    and mentions[0].place is not None and mentions[0].place.kind != "province" \
                    and _STATUS_DASH_RE.match(s, mentions[0].end) is not None:
                line_place = mentions[0]  # "- Takhta Pul - NO GO. NSAG control (since 17 July).": the line's place
        if not line_start and line_place is not None and not mentions and s[:1].isupper() \
                and (done := _PARTICIPLE_LEAD_RE.match(s)) is not None:
            # "Nahrin - TB control, CONFIRMED. Handed over to TB by local elders on 21 June": the line's place, that day
            keep(_participle_row(s, low, done, line_place, sent, comp, published, source), sent)
        if line_start and mentions and "disputed" in low[:80] and (lead := _LINE_LEAD_RE.match(s)) is not None \
                and mentions[0].start == lead.end() and mentions[0].place is not None \
                and (flag := _STATUS_DASH_RE.match(s, mentions[0].end)) is not None and _DISPUTED_WORD_RE.match(s, flag.end()):
            # "Aliabad (*) - DISPUTED. TB statement of 21 June claims capture of the DC; ...": whatever the line tells
            # of the place is one side's word against the other's
            disputed_lines.append((mentions[0].place.id, sent.start, _line_end(text, sent.start)))
        if (mentions or line_place is not None) and ("control" in low or "hands" in low or line_start and (
                " – " in s or " — " in s or " - " in s)) and (
                held := _status_line(s, low, mentions if line_start else [], line_place, comp, sent, published,
                                     source, tables.as_of)) is not None:
            # "1. Keshem – Taliban control since 3 July", "Torkham (Nangarhar – Pakistan) — Open ... Under DFA control
            # since 15 August.": a line that sets out a place, a dash, and who controls it
            d, line_place = held
            keep((d,), sent)
            if d.place.kind == "city" and not _called_district(s, line_place):
                city = d.place  # "FAIZABAD (Badakhshan) - STATUS: CONTESTED. Taliban entered parts of the city"
            if d.place.kind in ("city", "district"):
                # "Khwaja Ghar - ANDSF control. Retaken by ANDSF on 22 June after TB held the DC ...": the line's place
                context, ctx_district = d.place, d.place.kind == "district" or _called_district(s, line_place)
                topical, topical_district = context, ctx_district
            continue
        if not triggers and mentions and idx and mentions[0].start <= 5 and len(s) <= 200 and not s[:4].isupper() \
                and (before := by_sentence.get(sentences[idx - 1].start) or (
                    by_sentence.get(sentences[idx - 2].start) if idx > 1 else None)):
            # "Aibak on Monday. Farah and Pul-e Khumri on Tuesday.": no verb, the falls told just before go on
            keep(_fragment(s, low, mentions, before, sent, published), sent)
        if not triggers and not mentions and (cue := next((
                c for c in find_cues(s, low) if c.kind in ("abs", "weekday")), None)) is not None \
                and not _SPEECH_RE.search(s) and (day := resolve_cue(cue, published)[0]) is not None \
                and day.year == published.year:
            narrative = day  # "The turning point came on Aug. 12. That morning Ghazni fell": the story's day
        has_trigger = bool(triggers)
        if not has_trigger and mentions and idx and s[:4].lower() in ("so d", "so i", "so a", "so w", "so h", "and ") \
                and (so := _SO_DO_RE.match(s)) is not None and (before := by_sentence.get(sentences[idx - 1].start)):
            # "Kabul and Jalalabad remain under government control. So do Bamyan and Charikar.": the same state
            keep(_same_again(s, so.end(), mentions, before[-1], {}, sent), sent)
            continue
        if has_trigger and not mentions and not unknown and not _REF_HINT_RE.search(s) and not (
                context is not None and _IT_HINT_RE.search(s)):
            cue = next((c for c in find_cues(s, low) if c.kind in _DAY_CUE_KINDS), None)
            if cue is not None and not _SPEECH_RE.search(s[max(0, cue.start - 40):cue.start]):
                narrative = resolve_cue(cue, published)[0] or narrative
            if idx and any(_TRIGGER_INFO[m.lastgroup][0] == "contest" and not _NEGATIVE_WORD_RE.search(s, 0, m.start())
                           and "without" not in low for m in triggers):
                _fought_after_entry(by_sentence.get(sentences[idx - 1].start, ()))
        elif has_trigger and not s.rstrip().endswith("?"):
            # provinces standing for their capitals first: "the capital of Badghis province had fallen, after the
            # Taliban entered the city" means that capital by "the city"
            named = _capitals(s, mentions, comp, context) if "capital" in low or "cent" in low else mentions
            recent = recent_towns if len(recent_towns) >= 2 or not recent_list else recent_list
            fresh = airfield if airfield is not None and airfield.kind == "airport" and airfield_at == idx - 1 else None
            mentions_all = sorted(named + _references(s, comp, named, context, airfield, low, valley, city, recent, fresh,
                                                      crossing),
                                  key=lambda x: x.start)
            if "province" in low:
                mentions_all = _whole_province(s, mentions_all, comp, context)
            result = _sentence(s, low, triggers, actor_hits, sent, mentions_all, unknown, comp, entry_day or published,
                               narrative,
                               last_actor, _voice_side(line_voice or voice, comp) or dominant,
                               line_voice or voice or source, context,
                               lambda i=idx: _earlier_speaker(sentences, i, spoke), history, past_years,
                               lambda name: _role_of(name, spoke), challengers_named,
                               lambda at, start=sent.start: named_before(start + at, start),
                               bool(history) and idx > 0 and "\n" not in text[sentences[idx - 1].end:sent.start])
            narrative = result.narrative or narrative
            spoke[idx] = result.speaker
            if result.fights and not result.drafts and idx:
                _fought_after_entry(by_sentence.get(sentences[idx - 1].start, ()))
            surrenders.extend(result.surrenders)
            posts.extend((sent, x) for x in mentions_all if x.place is not None and x.place.kind == "airport"
                         and _AT_RE.search(s, max(0, x.start - 90), x.start)
                         and not _WILL_RE.search(s, max(0, x.start - 90), x.start))
            for d in [d for d in result.drafts if d.retraction]:
                for old in [o for o in drafts if o.place.id == d.place.id and o.controller == d.controller]:
                    drafts.remove(old)
                    for group in by_sentence.values():
                        if old in group:
                            group.remove(old)
            for d in [d for d in result.drafts if not d.retraction]:
                d.order = len(drafts)
                if (row_day := para_day or entry_day or line_day or timed_day) is not None and d.event_date is None:
                    # an entry under a day's heading, in a dated timeline entry, in a list a dated line opens or a
                    # log's timed row, with no day of its own: that day ("13:30 The ministry says the city has not fallen")
                    d.event_date, d.precision = row_day, DatePrecision.DAY
                drafts.append(d)
                by_sentence.setdefault(sent.start, []).append(d)
                if d.place.kind in ("city", "district"):
                    topical, topical_district = d.place, d.called_district
            if (";" in s or ", " in s or " and " in s) and result.drafts:
                keep(_gapped(s, low, mentions_all, result.drafts, triggers, published), sent)
            if "claim" in low[:12] and (false := _CLAIM_CALLED_FALSE_RE.match(s)) is not None:
                # "The claim made by the Taliban on Friday that they have captured Paryan district is a complete lie":
                # the claim the sentence tells is denied in the same breath, by whoever speaks it
                for d in result.drafts:
                    if d.status is Status.CLAIMED and d.start < false.start("verdict"):
                        d.status = Status.DISPUTED
                        d.attribution = f"{d.attribution}; denied by {line_voice or voice or source}"
            denials.extend(result.denials)
            unresolved.extend(Unresolved(report.id, u, sent) for u in result.unresolved)
            if _NO_CONFIRM.search(s, low):
                # "could not be confirmed" hedges this sentence's claims; the previous sentence's only when this
                # one makes none of its own ("X said it took Y. The claim could not be verified.")
                hedged = (sent.start,) if result.drafts or _OTHER_DOUBT_RE.search(s) else (
                    sent.start, sentences[idx - 1].start if idx else -1)
                for start in hedged:
                    for d in by_sentence.get(start, ()):
                        d.status = Status.CLAIMED
        elif idx and _NO_CONFIRM.search(s, low) and not _OTHER_DOUBT_RE.search(s):
            # (not "EFE was not able to verify the images": pictures, not the sentence before, are in doubt; nor,
            # when it names a place, "Ghormach: no independent confirmation", another place's claim before it)
            named_here = {x.place.id for x in mentions if x.place is not None}
            for d in by_sentence.get(sentences[idx - 1].start, ()):
                if d.status is Status.CONFIRMED and (not named_here or d.place.id in named_here):
                    d.status = Status.CLAIMED
        if line_start and mentions and sent.start not in by_sentence and (label := _LOG_LABEL_RE.match(s)) is not None \
                and _DATELINE_RE.match(s) is None:
            # "0600 | Lashkar Gah | Fighting continued in Police Districts 1, 2 and 3", "Dasht-e Archi: District centre
            # overrun.": a log's row, or a line, whose label is the place all its words are about
            keep(_log_row(s, label, mentions, text[sent.start:_line_end(text, sent.start)], sent, comp,
                          para_day or entry_day or line_day or log_day, published, dominant, source), sent)
        _rebut(s, low, line_voice, mentions, sentences, idx, spoke, by_sentence, comp)
        _deny(s, low, sent, mentions, sentences, idx, by_sentence,
              any(x[3] is sent for x in denials[denials_before:]), comp)
        if ("confirm" in low or "verif" in low or "corroborat" in low) \
                and (ok := _CONFIRM_CLAIM_RE.search(s)) is not None:
            _confirm_claims(ok, [d for j in range(max(0, idx - 2), idx) for d in by_sentence.get(sentences[j].start, ())],
                            comp)
        if not has_trigger and "airport" in low:
            posts.extend((sent, x) for x in mentions + _references(s, comp, mentions, context, airfield, low, city=city)
                         if x.place is not None and x.place.kind == "airport"
                         and _AT_RE.search(s, max(0, x.start - 90), x.start)
                         and not _WILL_RE.search(s, max(0, x.start - 90), x.start))
        for x in mentions:
            if x.place is not None and _VALLEY_RE.match(s, x.end):
                valley = x.place  # "the Panjshir valley": what "the valley" means later
            if x.place is not None and x.place.kind in ("city", "district"):
                if not _BEARING_RE.search(s, max(0, x.start - 50), x.start) and not (
                        x.place == comp.capital and topical is not None and topical != x.place):
                    # (not "Ghazni, about 150km southwest of Kabul": Kabul only locates Ghazni; nor the capital named
                    # in passing in a story about another city: "its loss deprives Kabul of revenue")
                    context = x.place
                    ctx_district = _called_district(s, x)
            elif x.place is not None and x.place.kind in ("airport", "base"):
                airfield, airfield_at = x.place, idx
            if x.place is not None and x.place.kind != "province" and (_CROSSING_AFTER_RE.match(s, x.end) or (
                    crossing is None and _CROSSING_APPOS_RE.match(s, x.end))):
                # "the Islam Qala crossing", "Islam Qala, Afghanistan's biggest border crossing with Iran" (the first
                # so named): what "the crossing" means later
                crossing = x.place
        # "the city" in a later sentence means the city the report is about, not one named in passing
        claimed_here = [d for d in by_sentence.get(sent.start, ()) if d.place.kind in ("city", "district")
                        and not _DAYS_APART_BEFORE_RE.search(s, 0, d.start)
                        # (not a town named for its crossing: "Spin Boldak and the Wesh border crossing" -> "the town")
                        and not _CROSSING_AFTER_RE.match(s, d.start + len(d.written))]
        if claimed_here:
            # "The fall of Kunduz stunned officials in Kabul. It was taken ...": Kunduz; a change before a hold ("took
            # Jalalabad ..., leaving Kabul as the only major city still in government hands": Jalalabad)
            main = next((d for d in reversed(claimed_here) if d.kind != "hold"), claimed_here[-1])
            context, ctx_district = main.place, main.called_district
        elif topical is not None and not any(x.place is not None and x.place.kind in ("city", "district") and (
                not _is_landmark(sent.text, x) or _FRONTED_RE.fullmatch(sent.text, 0, x.start)) for x in mentions):
            context, ctx_district = topical, topical_district
        if context is not None and not ctx_district:
            city = context  # "the city" later: never a place the text calls a district ("Khanabad district")
        # what "all three districts" in the next sentence means: the last list of towns or districts named here
        lists: list[list[_Mention]] = []
        for x in mentions:
            if x.place is None or x.place.kind not in ("city", "district"):
                continue
            if lists and _LIST_GAP_RE.fullmatch(s, lists[-1][-1].end, x.start):
                lists[-1].append(x)
            else:
                lists.append([x])
        if lists:
            recent_towns = [x.place for x in max(lists, key=len)]
            if len(recent_towns) >= 2:
                recent_list = recent_towns  # (a single name later does not make "the three districts" forget it)
        if actor_hits:
            # "they" in a later sentence is the side this one is about: the side named before its first event (the
            # subject: "In the west, the Taliban control Islam Qala, depriving Kabul of ..."), else the last named
            subject = next((a for a in actor_hits if a.end() <= triggers[0].start()), None) if triggers else None
            last_actor = _actor_of((subject or actor_hits[-1]).group("a"), comp) or last_actor
        # a sentence that names a past year sets the time of the next ("... in November 2001. Kabul was retaken days
        # later"): relative times there are history too
        # (the past years it names; 0 for a past with no year: "last year", "years ago")
        # (not a year the present is measured against: "at a pace not seen since 2001", "more than in 2015")
        named_years = frozenset(y for m in _EXACT_YEAR_RE.finditer(s) if (y := int(m.group(1))) < published.year
                                and not _MEASURED_SINCE_RE.search(s, max(0, m.start() - 12), m.start())) \
            if "19" in s or "20" in s else frozenset()
        if "last year" in low or "years ago" in low:
            named_years |= {0}
        # (and a sentence with no time of its own keeps the past of the one before, in its paragraph: "In 2001 ...
        # Kunduz was the last to fall. Taloqan and Bamyan fell within days.")
        history = named_years or (history if history and idx + 1 < len(sentences)
                                  and "\n" not in text[sent.end:sentences[idx + 1].start]
                                  and not any(c.kind in _DAY_CUE_KINDS for c in find_cues(s, low)) else frozenset())
        past_years |= {y for y in history if y}
    for d in tables.flush(text, comp, published, dominant, source):
        keep((d,), d.sentence)  # (an aligned table's last row, at the report's end)
    drafts.extend(_garrisons(surrenders, posts, drafts, comp))
    _contradicted(drafts, sentences, source, comp)
    for pid, lo, hi in disputed_lines:
        for d in drafts:
            if d.place.id == pid and lo <= d.sentence.start < hi and d.controller != CONTESTED:
                d.status = Status.DISPUTED
    return Extraction(tuple(_finish(report, drafts, denials)), tuple(unresolved))


def _rebut(s: str, low: str, line_voice: str | None, mentions: list[_Mention], sentences: list[Span], idx: int,
           spoke: dict[int, str | None], by_sentence: dict[int, list[_Draft]], comp: _Compiled) -> None:
    """A rebuttal by a party or an official ("Panjshir has not fallen", "What they are saying is propaganda"): the
    other side's claims of the sentences before it are disputed."""
    rebuttal = line_voice if line_voice is not None and (
        _BASELESS_RE.search(s) is not None or _NOT_LOST_RE.search(s) is not None) else None
    if rebuttal is None and ("not" in low or "n't" in low or "n’t" in low) and (
            not_lost := _NOT_LOST_RE.search(s)) is not None and _SPEECH.search(s, low) is not None:
        # '"Spin Boldak is not in the hands of the Taliban," he said': a quoted rebuttal, by whoever says it
        said = [who for who in _speakers(s, low) if not any(a <= not_lost.start() < b for a, b in [
            (s.find(who), s.find(who) + len(who))])]
        rebuttal = said[-1] if said else None
        if rebuttal is not None and _PRONOUN_SPEAKER_RE.match(rebuttal):
            rebuttal = _earlier_speaker(sentences, idx, spoke)
        if rebuttal is not None and _classify(rebuttal, comp, CONTESTED)[0] not in ("party", "official"):
            rebuttal = None
    if rebuttal is not None:
        # "NRF SPOKESMAN: What they are saying is propaganda. Panjshir has not fallen.": the other side's claims
        # of the lines before are disputed
        rebutter = _classify(rebuttal, comp, CONTESTED)[1]
        window = [d for j in range(max(0, idx - 8), idx) for d in by_sentence.get(sentences[j].start, ())
                  if d.controller not in (rebutter, CONTESTED)]
        named = {x.place.id for x in mentions if x.place is not None}
        # the places the rebuttal names ("Panjshir has not fallen"); a bare "that is propaganda", only a lone claim
        window = [d for d in window if d.place.id in named] if named else (
            window if len({d.place.id for d in window}) == 1 else [])
        for d in window:
            if rebutter is not None and d.status is not Status.DISPUTED and d.attribution != rebuttal:
                d.status = Status.DISPUTED
                d.attribution = f"{d.attribution}; denied by {rebuttal}"


def _deny(s: str, low: str, sent: Span, mentions: list[_Mention], sentences: list[Span], idx: int,
          by_sentence: dict[int, list[_Draft]], denied_here: bool, comp: _Compiled) -> None:
    """A denial, rejection or dispute of claims ("The ministry denied the district had fallen", "The NRF rejected the
    Taliban's announcement"): which claims before it it answers, disputed (`denied_here`: the sentence denies
    claims of its own, read with them)."""
    if denied_here or not (
            "deni" in low or "deny" in low or "accus" in low or "reject" in low or "dismiss" in low or "refut" in low
            or "disput" in low or "contradict" in low or "losing" in low
            or ("claim" in low or "report" in low or "alleg" in low) and _BASELESS_RE.search(s) is not None
            or ("call" in low or "describ" in low or "brand" in low or "label" in low or "term" in low)
            and _CALLED_FALSE_RE.search(s) is not None):
        return  # (a sentence that denies claims of its own is read with them: "denied that Kunduz had fallen")
    # "the claims" are those of the nearest sentence before that made any (at most five back: quotes and pictures may
    # stand between)
    window = [d for j in range(max(0, idx - 5), idx) for d in by_sentence.get(sentences[j].start, ())]
    owner = _SIDE_CLAIM_NOUN_RE.search(s)
    claimant = _actor_of(owner.group("who"), comp) if owner is not None else None
    owned = [d for j in range(max(0, idx - 6), idx) for d in by_sentence.get(sentences[j].start, ())
             if d.controller == claimant and d.status is Status.CLAIMED] if claimant is not None else []
    if owned:
        # "The NRF rejected the Taliban's announcement": that side's claims, a few sentences back at most
        window = owned
    # (not a noun that says where: "Officials in the province denied that it had fallen" is where the deniers
    # are; "denied that Banu, the main town of the valley, had been lost" is where Banu is)
    verb = _DENY_VERB_RE.search(s)
    noun = next((n for n in _DENIED_NOUN_RE.finditer(s) if not (
        _IN_BEFORE_RE.search(s, max(0, n.start() - 20), n.start()) and verb is not None
        and n.end() <= verb.start()) and not _APPOSITION_OF_RE.search(s, max(0, n.start() - 50), n.start())),
        None)
    if noun is not None:
        # "denied losing the districts": claims about that kind of place only; a few sentences of quotes and
        # pictures may stand between ("The NRF ... denied the province had fallen")
        kinds = _NOUN_KINDS[noun.group(1).lower()]
        window = [d for d in window if d.place.kind in kinds]
        if not any(d.controller != CONTESTED for d in window):
            window = [d for j in range(max(0, idx - 6), idx) for d in by_sentence.get(sentences[j].start, ())
                      if d.place.kind in kinds]
    recent = [d.sentence.start for d in window if d.controller != CONTESTED]
    prev = max(recent) if recent else -1
    nearest = {d.place.id for d in window if d.sentence.start == prev}
    # the claims of that sentence, and the same places' claims in the few sentences before it
    denied = [d for d in window if d.sentence.start == prev or (
        d.place.id in nearest and d.sentence.start in recent)]
    named_here = {x.place.id for x in mentions if x.place is not None}
    if verb is not None and (after := {x.place.id for x in mentions if x.place is not None
                                       and x.start > verb.start()} & {d.place.id for d in window}):
        # "acknowledged fighting in Deh Salah but denied that Banu had been lost": what it denies
        named_here = after
    if owned:
        denied = owned  # (all of that side's claims the statement answers)
    elif named_here & {d.place.id for d in window}:
        # "Qadis: the governor's spokesman rejected the claim": of the claims before, Qadis's
        denied = [d for d in window if d.place.id in named_here]
    _deny_claims(s, by_sentence.get(sent.start, []), denied, comp)


def _contradicted(drafts: list[_Draft], sentences: list[Span], source: str, comp: _Compiled) -> None:
    """ "The Taliban said they had captured Gereshk. The ministry insisted the town was under the full control of
    the security forces.": a side's claim met, a few sentences on, by someone else's word that another side holds
    the place now is disputed (as a denial would make it), and so is the answer: one side's word against the other's."""
    index = {sp.start: i for i, sp in enumerate(sentences)}
    for a in drafts:
        if a.status not in (Status.CLAIMED, Status.DISPUTED) or a.controller == CONTESTED:
            continue
        ia = index.get(a.sentence.start, -1)
        for b in drafts:
            ib = index.get(b.sentence.start, -1)
            if b is a or not ia <= ib <= ia + 3 or b.place.id != a.place.id or b.kind != "hold" \
                    or b.controller in (CONTESTED, a.controller) or b.attribution == source \
                    or (b.event_date is not None and a.event_date is not None and b.event_date > a.event_date):
                continue
            if _classify(b.attribution, comp, b.controller)[1] == a.controller:
                continue  # (the claimant's own side saying the other holds it would be no contradiction)
            if a.status is not Status.DISPUTED:
                a.status = Status.DISPUTED
                a.attribution = f"{a.attribution}; contradicted by {b.attribution}"
            if b.status is not Status.DISPUTED:
                # the answer is one side's word against the other's too
                b.status = Status.DISPUTED
                b.attribution = f"{b.attribution}; against {a.attribution.split(';')[0]}"
            break


def _local(starts: list[int], sent: Span, cut: bool) -> list[int]:
    """The whole text's candidates inside `sent`, sentence-local; `cut`: a word run goes on before the sentence
    start (the whole text had no edge there, the sentence has one)."""
    a = sent.start
    local = [p - a for p in starts[bisect_left(starts, a):bisect_left(starts, sent.end)]]
    if cut and (not local or local[0]):
        local.insert(0, 0)
    return local


_BARE_NAME_RE = re.compile(r"(?:[A-Z][\w\-’'.]*\s+){0,2}[A-Z][\w\-’']+")


def _role_of(name: str, spoke: dict[int, str | None]) -> str | None:
    """The fuller speaker phrase an earlier sentence gave for a person now named bare ("Mamoor Ahmadzai, a member
    of the provincial council" for "Ahmadzai")."""
    last = name.split()[-1]
    for j in sorted(spoke, reverse=True):
        phrase = spoke[j]
        if phrase and phrase != name and re.search(rf"\b{re.escape(last)}\b", phrase) and len(phrase) > len(name) + 3:
            return phrase
    return None


def _speakers(s: str, low: str, *, named: bool = False) -> list[str]:
    """Who speaks in a sentence with no event of its own (`named`: not "he" or "one of them"): reported speech
    either trails ("..., a police officer said") or leads ("X said that ..."); both are tried."""
    soft = [m.span() for m in _SOFT.finditer(s, low)]
    for events in ([], [_Event("speech", "", "", None, len(s), len(s))]):
        found = [sp.speaker for sp in _speeches(s, low, events, soft)
                 if not (named and _PRONOUN_SPEAKER_RE.match(sp.speaker))]
        if found:
            return found
    return []


@dataclass(frozen=True, slots=True)
class _Table:
    """A table set out as lines of cells ("Province - capital - fell on"): which column names the place, and which
    says when it fell (or who holds it)."""

    names: tuple[str, ...]
    place: int
    event: int
    day: int | None = None  # a column of the day each row's state began ("Date", "Since")
    note: int | None = None  # a column of sources or notes ("Source / note": "Taliban statement only; not verified")
    as_of: date | None = None  # the day the table's title gives its states ("status as of 25 July")
    told: bool = False  # the event column tells what happened in words ("Event": "AOG seized crossing")
    codes: tuple[tuple[str, str], ...] = ()  # what the codes in its cells stand for ("G = ANDSF control"), from a legend
    stops: tuple[int, ...] = ()  # where each column starts in its lines, for columns aligned with spaces
    before: int | None = None  # a column of who held each place before ("Previous (9 Aug)")
    starred: bool = False  # an asterisk in its cells marks a change since the last update, not a doubt


class _Voices:
    """Whose words a paragraph or a line is, and paragraphs that tell of no real event, from how they open: a
    statement's heading, a transcript's speaker label, a paragraph that is one quotation, a scenario."""

    __slots__ = ("heading", "line", "line_end", "scenario_end")

    def __init__(self) -> None:
        self.heading: str | None = None  # the side whose statement the report reproduces from a heading on
        self.line: str | None = None  # the speaker a transcript's line is labelled with ("NRF SPOKESMAN: ...")
        self.line_end = -1  # where that line ends
        self.scenario_end = -1  # the end of a paragraph that sets out a scenario

    def read(self, s: str, low: str, sent: Span, para_start: bool, text: str, sentences: list[Span], idx: int,
             comp: _Compiled) -> None:
        """Before each sentence is read (`para_start`: it opens a line)."""
        if "statement" in low and (heading := _STATEMENT_HEADING_RE.match(s)) is not None and para_start:
            # "Statement of the Islamic Emirate of Afghanistan regarding ...": what follows is theirs
            self.heading = heading.group("who")
        if not para_start:
            if self.line is not None and sent.start > self.line_end:
                self.line = None
            return
        # a paragraph that sets out a scenario ("Scenario two: a divided country. The Taliban capture ...", "In the
        # second, the Taliban take most provincial capitals ..."): nothing in it happened
        self.scenario_end = _line_end(text, sent.start) if _SCENARIO_LEAD_RE.match(s) else -1
        # a transcript's line "TALIBAN SPOKESMAN: Panjshir has been conquered. ...": the whole line is theirs
        self.line = None
        if ":" in s[:70] and (label := _TRANSCRIPT_LABEL_RE.match(s)) is not None and (
                label.group("who").isupper() or _ROLE_WORD_RE.search(label.group("who"))):
            who = label.group("who").strip()
            self.line = " ".join(w if len(w) <= 4 else w.capitalize() for w in who.split()) if who.isupper() else who
            self.line_end = _line_end(text, sent.start)
        elif s[:1] in "“\"" and idx:
            # a paragraph that is one quotation with no speaker of its own: the statement the paragraphs before
            # introduce ("the Taliban's spokesman issued a statement ...: \n "With the help of ... captured ...")
            end = _line_end(text, sent.start)
            para = text[sent.start:end].rstrip()
            if para.endswith(("”", "\"")) and (para.count("“") == para.count("”") == 1 if para[0] == "“"
                                               else para.count("\"") == 2):
                self.line = _quoted_voice(sentences, idx, comp)
                self.line_end = end


def _line_end(text: str, at: int) -> int:
    """Where the line that holds `at` ends (the text's end for its last line)."""
    end = text.find("\n", at)
    return len(text) if end < 0 else end


class _Tables:
    """The tables of situation reports, read a line at a time: legends of codes ("Codes: G = ANDSF control; N = NSAG
    control"), a header that names the columns ("Province | District | Status | Since"), the rule under it, and rows.
    A table whose columns are aligned with spaces is read by where each cell starts, so that a header or a row may
    go on over several lines ("Kandahar  Government  Taliban  14 Aug  Handed over after" and then "Airfield
    negotiations"): a row is read once its last line has come."""

    __slots__ = ("table", "codes", "pending", "rows", "ruled", "as_of", "key", "leader_end")

    def __init__(self) -> None:
        self.table: _Table | None = None  # the columns of a table whose rows follow ("Province - capital - fell on")
        self.codes: dict[str, str] = {}  # what a legend says its tables' codes stand for ("N = NSAG control"), whole
        self.pending: tuple[list[str], int, int] | None = None  # an aligned row's cells so far, where its lines run
        self.rows = 0  # the rows read of the table
        self.ruled = False  # a rule has come under its header
        # the day a heading gives the tables and status lines below it ("information as of 11 Aug, 14:00 local")
        self.as_of: date | None = None
        self.key = False  # a "KEY" heading's lines of codes follow ("G – held by government forces")
        self.leader_end = -1  # the end of the last row with leader dots: the sentences before it are of that row

    @property
    def aligned(self) -> bool:
        """A table aligned with spaces is being read: its lines may open with spaces."""
        return self.table is not None and bool(self.table.stops)

    def read(self, s: str, sent: Span, text: str, comp: _Compiled, published: date, dominant: str,
             source: str, line_lead: str) -> tuple[list[_Draft], bool]:
        """For a sentence (`line_lead`: what its line holds before it): the drafts of a table's rows it completes, and
        whether it is a part of a table (a legend, a header, a rule or a row tell nothing but their rows) or to be read
        as prose."""
        if len(s) < 240 and not line_lead and ("as of" in s or "As of" in s or "as at" in s or "AS OF" in s):
            self.as_of = _as_of(s, len(s), published) or self.as_of
        if sent.start < self.leader_end:
            return [], True  # ("[G] A   provincial capital": the rest of a row the leader dots split)
        if self.aligned:
            return self._aligned(sent, text, comp, published, dominant, source)
        if line_lead.strip(" \t"):
            return [], False  # (a line may open with spaces: a legend's "  T  = Taliban control")
        if len(s) <= 16 and _KEY_HEADING_RE.fullmatch(s):
            self.key = True
            return [], True
        if self.key and not ("=" in s[:8] and _CODES_LINE_RE.match(s)) and (code := _KEY_LINE_RE.match(s)) is not None:
            self.codes[code.group("code")] = code.group("means").strip()
            return [], True
        self.key = False
        if "..." in s and (leader := self._leader(sent, text, comp, published, dominant, source)) is not None:
            return leader, True
        legend = _LEGEND_RE.match(s) if "=" in s else None
        if legend is not None or "=" in s[:8] and _CODES_LINE_RE.match(s):
            # "Codes: G = ANDSF control; N = NSAG control", "TB = Taliban | GoA = Afghan government forces"
            self.codes.update((m.group("code"), m.group("means").strip())
                              for m in _CODE_RE.finditer(s[legend.end() if legend is not None else 0:].strip()))
            return [], True
        if "=" in s[:8] and (code := _CODE_LINE_RE.match(s)) is not None:
            self.codes[code.group("code")] = code.group("means").strip()
            return [], True
        table = self.table
        if table is not None and "-" in s[:6] and _TABLE_RULE_RE.match(s):
            return [], True  # the rule under a markdown table's header
        if not (table is not None or " - " in s or " | " in s or "\t" in s or " – " in s or " — " in s
                or " --" in s or "  " in s.strip()):
            return [], False
        cells = _cells(s)
        if table is not None and cells and ("\t" in s or s.startswith("|") or s.rstrip().endswith("|")) \
                and len(cells) < len(table.names):
            cells += [""] * (len(table.names) - len(cells))  # (a row's last cells left empty, its tabs trimmed)
        if table is not None and len(cells) == len(table.names):
            self.rows += 1
            return _table_row(s, cells, table, sent, comp, published, dominant, source), True
        self.table = table = _table_header(cells, _as_of(text, sent.start, published) or self.as_of, self.codes,
                                           published)
        if table is not None and "*" in text and _STAR_CHANGE_RE.search(text, 0, sent.start):
            table = self.table = replace(table, starred=True)
        if table is not None and table.note is not None and (notes := {
                m.group(1): m.group(2) for m in _FOOTNOTE_RE.finditer(text, sent.end, sent.end + 6000)}):
            # "(b)" in a row's notes, and "(b) Based on a Taliban statement only" under the table: what it says
            table = self.table = replace(table, codes=tuple({**notes, **dict(table.codes)}.items()))
        self.rows, self.ruled = 0, False
        if table is not None and "\t" not in s and "|" not in s and len(_CELL_SEP_RE.split(s.strip())) < 3:
            # (columns aligned with spaces: where each starts, for the lines below)
            stops = tuple(m.start() for m in _ALIGNED_CELL_RE.finditer(s))
            self.table = replace(table, stops=stops) if len(stops) == len(cells) and not stops[0] else table
        return [], table is not None

    def _leader(self, sent: Span, text: str, comp: _Compiled, published: date, dominant: str,
                source: str) -> list[_Draft] | None:
        """A row of a list with leader dots, read as a table's: "Farkhar ............ [T] A   since 19 Jul" (a place, a
        code of the legend above, a grade, remarks); the sentences the dots split its line into are one row."""
        start = text.rfind("\n", 0, sent.start) + 1
        end = _line_end(text, sent.start)
        row = _LEADER_ROW_RE.match(text, start, end)
        if row is None or row.group("code") not in self.codes:
            return None
        self.leader_end = end
        table = replace(_LEADER_TABLE, as_of=self.as_of, codes=tuple(self.codes.items()))
        cells = [row.group("place").strip(), row.group("code"), row.group("grade") or "", row.group("rest").strip()]
        span = Span(text[start:end], start, end)
        return _table_row(span.text, cells, table, span, comp, published, dominant, source)

    def _aligned(self, sent: Span, text: str, comp: _Compiled, published: date, dominant: str,
                 source: str) -> tuple[list[_Draft], bool]:
        """A line of a table aligned with spaces (see the class)."""
        table = self.table
        assert table is not None
        start = text.rfind("\n", 0, sent.start) + 1
        end = _line_end(text, sent.start)
        raw = text[start:end]
        if raw[:sent.start - start].strip(" "):
            return [], True  # (a later sentence of a cell: "MoD, residents. Src")
        if start >= 2 and not text[text.rfind("\n", 0, start - 1) + 1:start - 1].strip():
            out = self.flush(text, comp, published, dominant, source)  # a blank line ends the table
            self.table = None
            return out, False
        if _TABLE_RULE_RE.match(raw):
            self.ruled = True  # (a rule under the header ends it: no line below goes on with it)
            return self.flush(text, comp, published, dominant, source), True
        cells = [""] * len(table.stops)
        for m in _ALIGNED_CELL_RE.finditer(raw):
            col = max(0, bisect_right(table.stops, m.start() + 2) - 1)
            cells[col] = f"{cells[col]} {m.group()}".lstrip()
        first = next(_ALIGNED_CELL_RE.finditer(raw), None)
        # a line that goes on with the cells above: its place cell empty, in brackets or a word or two that end before
        # the next column ("(Ghazni)", "Airfield"), and no state of its own
        more = first is not None and (first.start() > 0 or first.group().startswith("(") or (
            len(table.stops) > 1 and first.end() < table.stops[1] and len(first.group()) <= 25))
        if not self.rows and not self.ruled and more and not (
                cells[table.event] and comp.resolve(_BRACKETS_RE.sub("", cells[table.place]).strip()) is not None):
            names = [f"{n} {c}".rstrip() for n, c in zip(table.names, cells)]  # a header over two lines
            merged = _table_header(names, table.as_of, dict(table.codes), published)
            if merged is not None:
                self.table = replace(merged, stops=table.stops)
            return [], True
        if self.pending is not None and more and not (cells[table.place] and cells[table.event]
                                                      and not cells[table.place].startswith("(")):
            above, row_start, _ = self.pending
            self.pending = ([f"{a} {b}".strip() for a, b in zip(above, cells)], row_start, end)
            return [], True
        if cells[table.place] and cells[table.event] and first is not None and not first.start():
            out = self.flush(text, comp, published, dominant, source)
            self.pending, self.rows = (cells, start, end), self.rows + 1
            return out, True
        out = self.flush(text, comp, published, dominant, source)  # the table ends: the line is prose
        self.table = None
        return out, False

    def flush(self, text: str, comp: _Compiled, published: date, dominant: str, source: str) -> list[_Draft]:
        """The drafts of an aligned row read over its lines, once the next line shows it is complete."""
        if self.pending is None or self.table is None:
            return []
        cells, start, end = self.pending
        self.pending = None
        span = Span(text[start:end], start, end)
        return _table_row(span.text, cells, self.table, span, comp, published, dominant, source)


# A heading over a legend's lines, and one of its lines: "KEY" and then "G – held by government forces", "(cl) – claimed"
_KEY_HEADING_RE = re.compile(r"\s*(?:KEY|Key|LEGEND|Legend|CODES|Codes|Abbreviations|ABBREVIATIONS)\s*:?\s*")
_KEY_LINE_RE = re.compile(r"\s*(?:(?:Grade|Code|Src|Source)\s+)?(?P<code>[A-Z][A-Za-z]{0,4}|\([a-z]{1,4}\)|\[[A-Za-z]{1,4}\]|\*)"
                          r"(?:\s+[–—=:-]\s+|(?<=\])\s{2,})(?P<means>\S.*)")  # (also "Grade B = ...", "[T]  Taliban control")
# A row of a list with leader dots: "Farkhar ............ [T] A   since 19 Jul" (place, code, grade, remarks)
_LEADER_ROW_RE = re.compile(r"\s*(?P<place>[A-Z][^.\n]{1,40}?)\s*\.{3,}\s*(?P<code>\[[A-Za-z]{1,4}\]|[A-Z]{1,5})"
                            r"(?:\s+(?P<grade>[A-Z])\b)?\s*(?P<rest>.*)")
_LEADER_TABLE = _Table(("place", "status", "grade", "remarks"), 0, 1, 3, 2)
_ALIGNED_CELL_RE = re.compile(r"\S+(?: \S+)*")  # a cell of a line aligned with spaces: words one space apart


class _Lists:
    """Lists of places under a line that says what befell them: "Below is a list of the capitals that have fallen:",
    "Three capitals changed hands on Friday:", "District centres reported under NSAG control since 2 July:"."""

    __slots__ = ("day", "falls", "fall_day", "fall_side", "went", "side", "of_falls")

    def __init__(self, title: str = "") -> None:
        # a title that says the report tells of places that fell: "A timeline of the fall of the provincial capitals"
        self.of_falls = _OF_FALLS_RE.search(title) is not None
        # the day a line ending in a colon gives the bulleted lines below it ("Three capitals changed hands on Friday:")
        self.day: date | None = None
        self.falls = False  # a list of places that fell follows ("Below is a list of the capitals that have fallen:")
        self.fall_day: date | None = None  # the day such a list's line gives them all ("On 13 August, the south went:")
        self.fall_side: str | None = None  # the side that line says holds them ("under NSAG control since 2 July:")
        self.went = False  # the sentence read is a line that opens such a list
        self.side: str | None = None  # the side it says holds them

    def line(self, s: str, low: str, para_start: bool, comp: _Compiled, published: date) -> date | None:
        """First for every sentence: the day the line of a list above gives it (None when it has a time of its own:
        "under Taliban control since June"); notes a line that opens a list."""
        if para_start and self.day is not None and not s.startswith(_BULLETS):
            self.day = None
        line_day = self.day if self.day is not None and "since" not in low and not find_cues(s, low) else None
        self.went, self.side = False, None
        if s.rstrip().endswith(":") and (cue := next(
                (c for c in find_cues(s, low) if c.kind in _DAY_CUE_KINDS), None)) is not None:
            self.day = resolve_cue(cue, published)[0]
            self.went = _WENT_COLON_RE.search(s) is not None  # "On 13 August, the south and centre went:"
            if not self.went and (held_colon := _HELD_COLON_RE.search(s)) is not None:
                # "District centres reported under NSAG control since 2 July:": its bullets are that side's
                self.side = next((_actor_of(m.group("a"), comp) for m in comp.actor.finditer(s, low)
                                  if m.start() == held_colon.start("who")), None)
                self.went = self.side is not None
        return line_day

    def entry(self, s: str, low: str, line_lead: str, line_start: bool, mentions: list[_Mention], sent: Span,
              comp: _Compiled, published: date, dominant: str, source: str) -> list[_Draft]:
        """The drafts of a sentence that is an entry of a list of places that fell; notes the lines that open one."""
        out: list[_Draft] = []
        if self.falls and line_start:
            # "Below is a list of the capitals that have fallen: \n - Zaranj (Nimroz): Friday, August 6. ...": each
            # entry's places, taken on its day
            bulleted = s.startswith(_BULLETS) or bool(line_lead.strip())
            entry = _fall_entry(s, mentions, sent, comp, published, dominant, source,
                                self.fall_day if bulleted else None, self.fall_side, bulleted)
            if entry is None and not bulleted and (s.isupper() and len(s) <= 40 and not s.rstrip().endswith(".")
                                                   or s.startswith("(") and s.rstrip().endswith(")")):
                entry = []  # a heading inside the list ("BADAKHSHAN"), or a note on it ("(date; basis)"): it goes on
            if entry is None:
                self.falls, self.fall_day, self.fall_side = False, None, None
            out = entry or []
            if out and _NO_CONFIRM.search(s, low):
                for d in out:  # "- Maymana (Faryab): 14 August; Taliban statement only, not independently verified"
                    d.status = Status.CLAIMED
        if not self.falls and _FALL_LIST_WORD_RE.search(low) and _FALL_LIST_LEAD_RE.search(low) \
                and _FALL_LIST_RE.search(s):
            self.falls = True
        elif not self.falls and line_start and len(s) < 80 and _TIMELINE_HEADING_RE.fullmatch(s.strip()) \
                and (self.of_falls or _OF_FALLS_RE.search(s)):
            self.falls = True  # "THE TIMELINE" in a report titled "... a timeline of the fall of the capitals"
        elif not self.falls and line_start and len(s) < 90 and not s.rstrip().endswith(".") \
                and _FALLEN_HEADING_RE.match(s) is not None:
            self.falls = True  # a heading over them: "PROVINCIAL CAPITALS TAKEN DURING THE WEEK", "Districts lost:"
        if self.went:
            # its bullets name the places that fell that day (or that the side it names holds since then)
            self.falls, self.fall_day, self.fall_side = True, self.day, self.side
        return out


def _cells(line: str) -> list[str]:
    """A line's cells when it is a row of a table written with separators (" - ", " | ", tabs), else []. Cells set
    apart by tabs may be empty or a dash ("Jawand<tab>Badghis<tab>N<tab>—<tab>Long-standing NSAG area")."""
    if "\t" in line.strip(" \n") or line.lstrip().startswith("|"):
        # (a markdown row "| Herat | Herat | | C |" may leave a cell empty too)
        row = line.strip(" \n")
        parts = [p.strip() for p in (row.strip("|").split("|") if row.startswith("|") else row.split("\t"))]
        return parts if 3 <= len(parts) <= 8 and parts[0] and sum(1 for p in parts if p) >= 3 else []
    row = line.strip().strip("|")
    parts = _CELL_SEP_RE.split(row)
    if row.count(" | ") >= 2 and len(parts) != row.count(" | ") + 1:
        parts = row.split(" | ")  # (pipes set the cells apart; a dash inside one is its own: "Herat - Iran")
    if len(parts) < 3 and "  " in line.strip():
        # columns aligned with spaces: "15 Aug   Bagram Airfield            T       Handed over by ANDSF"
        parts = _SPACED_SEP_RE.split(line.strip())
    return [p.strip() for p in parts] if 3 <= len(parts) <= 8 and all(p.strip() for p in parts) else []


_SPACED_SEP_RE = re.compile(r" {2,}")


def _day_headings(sentences: list[Span], text: str, published: date) -> dict[int, tuple[date, bool]]:
    """Lines that are only a day ("Saturday, 14 August", "14 August 2021"), or that open with one and a time before an
    entry's title ("Thu 12 Aug, 22.30 BST – Kandahar under heavy attack"), by sentence start, with whether the line is
    a title too, when a page has two or more of them (a live page or a diary; one date line under a headline is only the
    page's own date)."""
    found: dict[int, tuple[date, bool]] = {}
    times: list[int] = []  # lines that are only a time ("19.40 BST"): a live page's entries of its own day
    for sent in sentences:
        s = sent.text
        if not (sent.start == 0 or text[sent.start - 1] == "\n"):
            continue
        if len(s) <= 24 and s[:1].isdigit() and _TIME_HEADING_RE.fullmatch(s):
            times.append(sent.start)
            continue
        if len(s) <= 40 and _DAY_HEADING_RE.fullmatch(s):
            titled = False
        elif (head := _DAY_TIME_HEADING_RE.match(s)) is not None and head.end() < len(s):
            titled = True
        else:
            continue
        cue = next((c for c in find_cues(s) if c.kind == "abs"), None)
        day = resolve_cue(cue, published)[0] if cue is not None else None
        if day is not None and (published - day).days <= 60:
            found[sent.start] = (day, titled)
    if len(found) < 2 and len(times) >= 2 and not found:
        return {at: (published, False) for at in times}  # (no day told: the page's own)
    return found if len(found) >= 2 else {}


_TIME_HEADING_RE = re.compile(r"\s*\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:BST|GMT|UTC|EDT|EST|CET|CEST|IST|PKT|AFT|ET|"
                              r"local(?:\s+time)?)?\s*", re.IGNORECASE)


def _table_header(cells: list[str], as_of: date | None = None, codes: dict[str, str] | None = None,
                  published: date | None = None) -> _Table | None:
    """The table whose header these cells are: a column of places and one of when each fell, who holds it or what
    happened to it; with, when it has them, columns of days and of notes, the day its title gives ("as of") and the
    codes a legend before it defines."""
    if not cells or any(len(c) > 40 or c.endswith(".") and c.count(" ") >= 2 for c in cells):
        return None  # (a cell that is a sentence: "Airport remains under ANDSF control." is a row, not a header)
    place = next((i for i, c in enumerate(cells) if _PLACE_COLUMN_RE.search(c)), None)
    if place is None:
        place = next((i for i, c in enumerate(cells) if _PROVINCE_COLUMN_RE.search(c)), None)
    # (a column of who holds each place first: "District centre | Status | Date" reads the date as the status's; then
    # one that tells what happened: "Date | Location | Province | Event")
    event = next((i for i, c in enumerate(cells) if i != place and _CONTROL_COLUMN_RE.search(c)), None)
    if event is None:
        event = next((i for i, c in enumerate(cells) if i != place and _HOLDER_COLUMN_RE.search(c)), None)
    told = event is None and (event := next((i for i, c in enumerate(cells) if i != place
                                             and _TOLD_COLUMN_RE.fullmatch(c.strip())), None)) is not None
    if event is None:
        event = next((i for i, c in enumerate(cells) if i != place and _EVENT_COLUMN_RE.search(c)), None)
    if place is None or event is None:
        return None
    before = next((i for i, c in enumerate(cells) if i not in (place, event) and _PREVIOUS_COLUMN_RE.match(c)), None)
    day = next((i for i, c in enumerate(cells) if i not in (place, event, before) and _DAY_COLUMN_RE.search(c)), None)
    note = next((i for i, c in enumerate(cells) if i not in (place, event, before) and _NOTE_COLUMN_RE.search(c)), None)
    if as_of is None and (cue := next((c for c in find_cues(cells[event]) if c.kind == "abs"), None)) is not None:
        as_of = resolve_cue(cue, published)[0] if published is not None else None  # "Controlled by (19 Sep)"
    return _Table(tuple(cells), place, event, day, note, as_of, told, tuple((codes or {}).items()), before=before)


def _event_cell(cell: str, comp: _Compiled, dominant: str) -> tuple[str, str] | None:
    """(controller, kind) of a table cell that tells what happened to its row's place, in the words of a sentence with
    no object ("AOG took control after ANDSF withdrew", "ANDSF regained control", "AOG entered the city; fighting"):
    the first event, and the side that is its subject (or its agent after "by"); None when it says no change."""
    low = cell.lower()
    if _NEGATIVE_WORD_RE.search(_CELL_UNVERIFIED_RE.sub("", low)) or _MODAL_WORD_RE.search(low):
        return None  # ("Not verified" only hedges it)
    actors = [(m.start(), _actor_of(m.group("a"), comp)) for m in comp.actor.finditer(cell, low)]
    for t in _TRIGGER.finditer(cell, low):
        kind, _, agent = _TRIGGER_INFO[t.lastgroup]
        if t.lastgroup == "retake_out" and _BACK_ONLY_RE.search(t.group()):
            continue  # "Taliban pushed back from airport": a headline's passive, the side before was pushed, took nothing
        if kind == "contest" or t.lastgroup == "contest_into" or low.startswith("entered", t.start()):
            return CONTESTED, "contest"  # ("AOG entered the city; fighting in PD 1-3": inside, not yet holding it)
        if agent == "subj":
            side = next((a for at, a in reversed(actors) if at < t.start()), None)
        elif agent == "obj":
            # "fell to AOG", "taken by the Taliban"; "City fell without resistance; officials and ANDSF withdrew": the
            # side after is no agent, the place fell to the report's taker
            by = _BY_OR_TO_RE.match(cell, t.end())
            side = next((a for at, a in actors if at >= t.end()), None) if by is not None else (
                dominant if kind == "capture" else None)
            if side is None and kind == "hold":  # "Airport remains under ANDSF control": the side inside its words
                side = next((a for at, a in actors if t.start() <= at < t.end()), None)
        else:
            continue
        if side is not None:
            return side, kind
    return None


def _as_of(text: str, at: int, published: date) -> date | None:
    """The day the lines just before `at` (a table's title, or a line under it a legend's few lines before the header)
    give its states: "TABLE 2 - CROSSINGS (status as of 25 July)", "As of 13 August 2021, 1600hrs (Kabul time)"."""
    for line in reversed([x for x in text[max(0, at - 600):at].split("\n") if x.strip()][-6:]):
        if (hit := _AS_OF_RE.search(line)) is not None:
            break
    else:
        return None
    cue = next((c for c in find_cues(line) if c.kind == "abs" and c.start >= hit.end()
                and _CLOCK_GAP_RE.fullmatch(line, hit.end(), c.start)), None)  # (also "as of 1800 hrs, Thursday 22 July")
    return resolve_cue(cue, published)[0] if cue is not None else None


_CLOCK_GAP_RE = re.compile(r"(?:\d{1,2}[:.]?\d{2}\s*(?:hrs?|h|[ap]\.?m\.?)?(?:\s*(?:local(?:\s+time)?|\([^()]{1,20}\)))?,?\s+"
                           r"(?:on\s+)?)?", re.IGNORECASE)


def _table_row(line: str, cells: list[str], table: _Table, sent: Span, comp: _Compiled, published: date,
               dominant: str, source: str) -> list[_Draft]:
    """The claim of one row: its place column's place, taken on the day its event column gives ("Kunduz - Kunduz -
    8 August"), or held by the side that column names ("Panjshir - Bazarak - not taken; held by resistance forces")."""
    name, cell = cells[table.place], cells[table.event]
    # ("Kalafgan DC", "Islam Qala BCP", "Qala-e-Naw (PC)")
    hit = comp.resolve(name) or comp.resolve(_NAME_QUALIFIER_RE.sub("", _BRACKETS_RE.sub("", name).strip().rstrip("*")))
    if hit is None or not hit[0].kind or _MODAL_WORD_RE.search(cell):
        return []
    place, conf = hit
    start = line.find(name, sum(len(c) for c in cells[:table.place]))
    kind, status_kind, side = "capture", *(_classify(source, comp, CONTESTED))
    controller: str | None = dominant
    cell_low = cell.lower()
    holder = next((m for m in comp.actor_re.finditer(cell)), None)
    # "NSAG (Claim)", "AOG control*", "R claim (1 Sep)": hedged; "T (d)": one side's word, the other's denial
    disputed = _CELL_DISPUTED_RE.search(cell) is not None
    bare = _CELL_HEDGE_WORD_RE.sub("", _CELL_HEDGE_RE.sub("", _CELL_DISPUTED_RE.sub("", cell))).strip().rstrip("*").rstrip()
    codes = dict(table.codes)
    note = cells[table.note] if table.note is not None else ""
    note = codes.get(note, note)  # "U" where "U = unconfirmed AOG claim", "B = single source, not verified"
    marked = cell.strip().rstrip("*").rstrip() if table.starred else cell.strip()  # (a star of change is no mark)
    doubted_code = any(_CODE_DOUBT_RE.search(codes.get(f"({k})", codes.get(k, ""))) for k in _BRACKET_CODE_RE.findall(cell))
    hedged = bare != marked and not disputed or doubted_code or _CELL_UNVERIFIED_RE.search(note) is not None \
        or table.told and _CELL_UNVERIFIED_RE.search(cell) is not None  # ("TB claimed capture of the DC. Not verified")
    bare = _BRACKETS_RE.sub("", bare).strip() or bare  # "Taliban (since 8 July)": the side (the day is read below)
    if (meaning := codes.get(bare)) is not None and not (
            holder is not None and holder.start() == 0 and holder.end() == len(bare)):  # ("AOG": a side already)
        # "N" where the legend says "N = NSAG control", "C = contested (active fighting, no party in control)"
        bare = _BRACKETS_RE.sub("", _MEANING_CUT_RE.split(meaning)[0]).strip()
        cell_low = bare.lower()
        holder = next((m for m in comp.actor_re.finditer(bare)), None)
        if holder is not None and holder.start() and _MEANING_LEAD_RE.fullmatch(bare, 0, holder.start()):
            bare = bare[holder.start():]  # "GoA = Afghan government forces": the side
            holder = comp.actor_re.match(bare)
        if holder is None and (forces := comp.actor_re.fullmatch(f"{bare} forces")) is not None:
            holder = forces  # a legend's "R = resistance": the side's forces
    told = _event_cell(bare, comp, dominant) if table.told else None
    if told is not None:
        controller, kind = told  # a column that tells what happened: "AOG took control after ANDSF withdrew"
    elif table.told:
        return []
    elif holder is not None and _HELD_BY_CELL_RE.search(cell_low):
        controller, kind = _actor_of(holder.group("a"), comp), "hold"  # "held by resistance forces"
    elif holder is not None and holder.start() == 0 and _HOLDER_REST_RE.fullmatch(bare, holder.end()):
        controller, kind = _actor_of(holder.group("a"), comp), "hold"  # a column of who holds it: "ANDSF (control)"
    elif _CONTESTED_CELL_RE.fullmatch(bare):
        controller, kind = CONTESTED, "contest"  # "Contested", "fighting"
    elif table.note is not None and (noted := _noted_holder(cells[table.note], comp)) is not None:
        # a crossing's "Status": "Closed", and its "Remarks": "Under TB control since 8 Jul": who holds it, since when
        controller, kind, at = noted
        when = cells[table.note][at:]
        cues = find_cues(when, when.lower())
        day, precision = resolve_cue(cues[0], published) if cues else (table.as_of, DatePrecision.DAY)
        status = Status.CLAIMED if status_kind == "party" and side == controller else Status.CONFIRMED
        return [_Draft(place, name, controller, status, day, precision if day else DatePrecision.UNKNOWN, source, sent,
                       max(0, start), round(conf * 0.85, 3), kind, 0)]
    elif _NEGATIVE_WORD_RE.search(cell_low) or not _DATE_OR_FELL_RE.search(cell_low):
        return []  # "not taken", "unknown", "-"
    if controller is None or (controller == CONTESTED and kind != "contest"):
        return []
    when = cells[table.day] if table.day is not None else cell
    cues = find_cues(when, when.lower())
    if not cues and table.day is not None:
        cues = find_cues(cell, cell_low)  # (an empty "Since" beside "Taliban (since 12 Aug)")
    if not cues and table.day is None and note and _SINCE_LEAD_RE.match(note):
        cues = find_cues(note, note.lower())  # ("Remarks": "Since 6 July")
    day, precision = resolve_cue(cues[0], published) if cues else (None, DatePrecision.UNKNOWN)
    if day is None and table.as_of is not None and kind != "capture":
        day, precision = table.as_of, DatePrecision.DAY  # "(status as of 25 July)"
    status = Status.CLAIMED if status_kind == "party" and side == controller or hedged and controller != CONTESTED \
        else Status.CONFIRMED
    if disputed and controller != CONTESTED:
        status = Status.DISPUTED
    out = [_Draft(place, name, controller, status, day, precision if day else DatePrecision.UNKNOWN, source, sent,
                  max(0, start), round(conf * 0.9, 3), kind, 0)]
    if table.before is not None and cells[table.before].strip(" -–—") and cells[table.before] != cell:
        # "Previous (9 Aug) | Current (16 Aug)": who held it before, on the day that column or its cell gives
        head = table.names[table.before]
        then = next((c for c in find_cues(head, head.lower()) if c.kind == "abs"), None)
        earlier = replace(table, event=table.before, day=None, note=None, before=None,
                          as_of=resolve_cue(then, published)[0] if then is not None else None)
        out[:0] = [d for d in _table_row(line, cells, earlier, sent, comp, published, dominant, source)
                   if d.event_date is not None and d.kind != "capture"]
    return out


def _gapped(s: str, low: str, mentions: list[_Mention], found: list[_Draft], triggers: list[re.Match[str]],
            published: date) -> list[_Draft]:
    """ "Zaranj went first, on Friday; Sheberghan on Saturday; Kunduz, Sar-e Pul and Taloqan on Sunday; and Fayzabad
    ... on Wednesday", "Zaranj fell on Friday and Sheberghan on Saturday": the clauses after the first that give only
    places and a day, with the verb left out, tell the same of those places on their day ("the day after": the day
    after the clause before)."""
    cuts: list[int] = []
    for m in _CLAUSE_CUT_RE.finditer(s):
        # (a comma opens such a clause only after one that gave its day: not the commas of "Kunduz, Sar-e Pul and
        # Taloqan on Sunday")
        i = m.start()
        if s[i] == ";" or _DAY_AFTER_COMMA_RE.match(s, i + 1) and any(
                c.kind in _DAY_CUE_KINDS for c in find_cues(s[cuts[-1] if cuts else 0:i], low[cuts[-1] if cuts else 0:i])):
            cuts.append(i)
    if not cuts:
        return []
    base = next((d for d in reversed(found) if d.start < cuts[0] and d.kind == "capture" and d.event_date is not None),
                None)
    if base is None or any(d.start > cuts[0] for d in found):
        return []
    out: list[_Draft] = []
    day: date | None = base.event_date
    for a, b in zip(cuts, cuts[1:] + [len(s)]):
        seg, seg_low = s[a + 1:b], low[a + 1:b]
        if any(a < t.start() < b for t in triggers) or _SPEECH_RE.search(seg):
            break
        tail = seg.rstrip(" .")
        if (after := _DAY_AFTER_RE.search(tail)) is not None:
            at, day = after.start(), day + timedelta(days=1) if day is not None else None
        else:
            cue = next((c for c in reversed(find_cues(seg, seg_low)) if c.kind in _DAY_CUE_KINDS), None)
            if cue is None or cue.end < len(tail):
                break
            on = _ON_BEFORE_RE.search(seg, 0, cue.start)
            at, day = on.start() if on is not None else cue.start, resolve_cue(cue, published)[0]
        places = [x for x in mentions if a < x.start < a + 1 + at and x.place is not None and x.place.kind in _TOWN_KINDS]
        if day is None or not places or s[a + 1:places[0].start].strip() not in ("", "and"):
            break
        out += [replace(base, place=x.place, written=x.text, start=x.start, event_date=day, precision=DatePrecision.DAY,
                        confidence=round(x.confidence * 0.85, 3), order=0) for x in places]
    return out


_CLAUSE_CUT_RE = re.compile(r";|,(?=\s*(?:and\s+)?(?-i:[A-Z]))|\s(?=and\s+(?-i:[A-Z]))")
# (a comma that opens such a clause: ", Faizabad on Aug. 11", ", and Kandahar on Friday")
_DAY_AFTER_COMMA_RE = re.compile(r"\s*(?:and\s+)?(?-i:[A-Z])[\w\-’']*(?:[\s\-](?-i:[A-Z])[\w\-’']*)*(?:,?\s+and\s+(?-i:[A-Z])"
                                 r"[\w\-’']*(?:[\s\-](?-i:[A-Z])[\w\-’']*)*)?"
                                 # (and an apposition: "and Sheberghan, the capital of Jowzjan, on Saturday")
                                 r"(?:,\s+the\s+[^,;]{1,50},)?\s+(?:on|by)\s+")
_DAY_AFTER_RE = re.compile(r"\s(?:the\s+)?(?:day\s+after|next\s+day|following\s+day)$", re.IGNORECASE)
_ON_BEFORE_RE = re.compile(r"\s(?:on|by)\s+$", re.IGNORECASE)


def _noted_holder(note: str, comp: _Compiled) -> tuple[str, str, int] | None:
    """(side, "hold", where its phrase ends) of a note that opens by saying who controls the place ("Under TB control
    since 8 Jul; customs officials left", "ANSF control; long queues"); None for any other note, or a hedged one."""
    held = _CONTROL_PHRASE_RE.match(note.strip())
    if held is None or _CELL_UNVERIFIED_RE.search(note) or _NOTE_HEDGE_RE.search(note):
        return None
    side = next((_actor_of(m.group("a"), comp) for m in comp.actor.finditer(note.strip())
                 if m.start() == held.start("who") and m.end() == held.end("who")), None)
    return (side, "hold", held.end() + (len(note) - len(note.lstrip()))) if side is not None else None


_NOTE_HEDGE_RE = re.compile(r"(?:claims?|claimed|announced|denies|denied|reportedly|unverified)", re.IGNORECASE)


def _fragment(s: str, low: str, mentions: list[_Mention], before: Sequence[_Draft], sent: Span,
              published: date) -> list[_Draft]:
    """A sentence with no verb that names towns and a day right after them, after one that told of falls ("Aibak on
    Monday.", "Farah and Pul-e Khumri on Tuesday.", "Jalalabad, before dawn yesterday."): the same fall, on that day.
    A weekday counts on from the fall before (the story is told in turn: "Sunday, Aug. 8 ... Aibak on Monday")."""
    base = next((d for d in reversed(before) if d.kind == "capture" and d.controller != CONTESTED), None)
    if base is None or not _FRAGMENT_LEAD_RE.fullmatch(s, 0, mentions[0].start) or _SPEECH_RE.search(s):
        return []
    towns = [mentions[0]]
    for x in mentions[1:]:
        if not _LIST_GAP_RE.fullmatch(s, towns[-1].end, x.start):
            break
        towns.append(x)
    if any(x.place is None or x.place.kind not in _TOWN_KINDS for x in towns) or _DATELINE_RE.match(s):
        return []
    cue = next((c for c in find_cues(s, low) if c.start >= towns[-1].end), None)
    if cue is None:
        # "Kabul, by evening.": the same day as the fall before
        if not _FRAGMENT_TIME_RE.fullmatch(s, towns[-1].end):
            return []
    elif not _FRAGMENT_GAP_RE.fullmatch(s, towns[-1].end, cue.start) or not _FRAGMENT_END_RE.fullmatch(s, cue.end) \
            or cue.match.group("y1") or cue.match.group("y2"):
        return []  # (not a date line under a headline: "Kabul, August 6, 2021")
    day, precision = base.event_date, base.precision  # (no day, or a weak one: "Kabul, by evening.")
    if cue is not None and cue.kind == "weekday" and base.event_date is not None:
        wd = WEEKDAYS.get((cue.match.group("wd") or "").lower())
        ahead = base.event_date + timedelta(days=(wd - base.event_date.weekday()) % 7) if wd is not None else None
        day = ahead if ahead is not None and ahead <= published else resolve_cue(cue, published)[0]
        precision = DatePrecision.DAY
    elif cue is not None and cue.kind != "weak":
        day, precision = resolve_cue(cue, published)
    return [replace(base, place=x.place, written=x.text, start=x.start, sentence=sent, event_date=day,
                    precision=precision if day else DatePrecision.UNKNOWN, confidence=round(x.confidence * 0.8, 3),
                    order=0, entered=False, said_day=False) for x in towns]


# (what may end such a sentence: nothing, or an aside "in the far north-east")
_FRAGMENT_END_RE = re.compile(r"\s*(?:,\s+[^.;:“”\"()]{1,100})?[.;]?\s*")
_FRAGMENT_LEAD_RE = re.compile(r"(?:(?:and|then|next)\s+)?", re.IGNORECASE)
_FRAGMENT_GAP_RE = re.compile(r"\s*,?\s*(?:(?:on|by|before|after|late|early|in|at|the|dawn|dusk|midnight|noon)\s+)*",
                              re.IGNORECASE)
_FRAGMENT_TIME_RE = re.compile(r"\s*,?\s*(?:by|in\s+the|before|at|that)\s+(?:evening|nightfall|dawn|dusk|midnight|noon|"
                               r"morning|afternoon|night)\s*[.;]?\s*", re.IGNORECASE)


def _fought_after_entry(before: Sequence[_Draft]) -> None:
    """ "The Taliban entered Sheberghan on Friday, officials said. They said fighting was going on ...": the places
    the sentence before says a side entered are fought over, not taken."""
    for d in before:
        if d.kind == "capture" and d.entered:
            d.controller, d.kind = CONTESTED, "contest"


# A log's row or a status line, up to its place: "0600 | ", "2200-0300 | ", "- 21:30 – ", "" (then the place, its
# province in brackets, and a separator: "Lashkar Gah | ", "Dasht-e Archi (Kunduz): ")
_CLOCK_LEAD = r"\d{1,2}[:.]?\d{2}(?:\s*[-–]\s*\d{1,2}[:.]?\d{2})?\s*(?:hrs?\b|h\b)?\s*(?:\||[-–—]|:)"  # "0600 |", "2200-0300 |"
_LOG_LABEL_RE = re.compile(rf"\s*(?:[-–—•*·]\s+)?(?:{_CLOCK_LEAD}\s*)?")
_LOG_SEP_RE = re.compile(r"(?:\s+(?:DC|PC|BCP|(?i:district|city|airport|airfield|crossing)))?(?:\s*\([^()]{1,40}\))?"
                         r"\s*(?:\||:|\s[-–—]\s)\s*(?=[A-Z])")
_TIMED_ROW_RE = re.compile(_CLOCK_LEAD)
_LOG_HEADING_RE = re.compile(r"\W*(?:timeline|incident\s+log|incidents|log|events|chronology|developments)\b", re.IGNORECASE)
# "Taliban accounts on social media claim", "the Taliban say": a side's own word in a row
_ROW_CLAIM_RE = re.compile(r"\b(?:claims?|claimed|say|says|said|announced?|statement)\b", re.IGNORECASE)


def _log_row(s: str, label: re.Match[str], mentions: list[_Mention], line: str, sent: Span, comp: _Compiled,
             day: date | None, published: date, dominant: str, source: str) -> list[_Draft]:
    """The claim of a log's row or a status line whose label is its place and whose words name no other town: what
    they say befell it ("District centre overrun", "Airport remains under ANDSF control", "Heavy clashes continue in PD 1
    and PD 3"), on the day the row's words give, else the log's; claimed when a side's own word or not verified."""
    first = mentions[0]
    if first.start != label.end() or first.place is None or first.place.kind not in _TOWN_KINDS:
        return []
    sep = _LOG_SEP_RE.match(s, first.end)
    if sep is None or any(x.start >= sep.end() and x.place is not None and x.place.kind in _TOWN_KINDS
                          and s[max(0, x.start - 1):x.start] != "(" for x in mentions[1:]):
        return []  # (the row names a town of its own: read as prose)
    rest = s[sep.end():]
    told = _event_cell(rest, comp, dominant)
    if told is None:
        return []
    controller, kind = told
    status_kind, side = _classify(source, comp, controller)
    actors = [(m.start(), _actor_of(m.group("a"), comp)) for m in comp.actor.finditer(rest)]
    claim = _ROW_CLAIM_RE.search(rest)
    own_word = claim is not None and any(a == controller and at < claim.start() for at, a in actors)
    status = Status.CLAIMED if (status_kind == "party" and side == controller or own_word
                                or _CELL_UNVERIFIED_RE.search(line) or _NO_CONFIRM.search(line)) \
        and controller != CONTESTED else Status.CONFIRMED
    cue = next((c for c in find_cues(rest, rest.lower()) if c.kind == "abs"), None)
    if cue is not None:
        day = resolve_cue(cue, published)[0]
    return [_Draft(first.place, first.text, controller, status, day, DatePrecision.DAY if day else DatePrecision.UNKNOWN,
                   source, sent, first.start, round(first.confidence * 0.85, 3), kind, 0)]


# A status line's later sentence that opens with what befell its place, and by or to whom: "Handed over to TB by local
# elders on 21 June", "Recaptured by TB on 16 June", "Retaken by ANDSF on 22 June"
_PARTICIPLE_LEAD_RE = re.compile(r"\s*(?P<verb>handed\s+over|handed|taken(?:\s+over)?|captured|seized|overrun|lost|retaken|"
                                 r"recaptured|regained|cleared|taken\s+back)\s+(?:again\s+)?(?:to|by)\s+(?:the\s+)?"
                                 r"(?P<who>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)", re.IGNORECASE)


def _participle_row(s: str, low: str, done: re.Match[str], place: _Mention, sent: Span, comp: _Compiled,
                    published: date, source: str) -> list[_Draft]:
    """The claim of a status line's later sentence that opens with a participle ("Handed over to TB by local elders on
    21 June"): its place taken (or retaken) by the side named after "to"/"by", on the day the sentence gives."""
    side = next((_actor_of(m.group("a"), comp) for m in comp.actor.finditer(s, low)
                 if m.start() == done.start("who")), None)
    if side is None or place.place is None:
        return []
    verb = done.group("verb").lower()
    kind = "retake" if verb.startswith(("re", "cleared")) or verb.endswith("back") else "capture"
    cue = next((c for c in find_cues(s, low) if c.kind in _DAY_CUE_KINDS), None)
    day = resolve_cue(cue, published)[0] if cue is not None else None
    status = Status.CLAIMED if _NO_CONFIRM.search(s, low) else _entry_status(source, comp, side)
    return [_Draft(place.place, place.text, side, status, day, DatePrecision.DAY if day else DatePrecision.UNKNOWN,
                   source, sent, 0, round(place.confidence * 0.8, 3), kind, 0)]


def _entry_status(source: str, comp: _Compiled, controller: str) -> Status:
    """The status of a list's entries: claimed when the side they fell to tells the list, else confirmed."""
    kind, side = _classify(source, comp, controller)
    return Status.CLAIMED if kind == "party" and side == controller else Status.CONFIRMED


def _fall_entry(s: str, mentions: list[_Mention], sent: Span, comp: _Compiled, published: date, dominant: str,
                source: str, day: date | None = None, side: str | None = None,
                bulleted: bool = False) -> list[_Draft] | None:
    """The claims of one entry of a list of places that fell ("Kunduz, Sar-e Pul and Taloqan: Sunday, August 8."): the
    places before the colon (not the provinces in brackets), taken on the day after it; None when the line is no entry.
    `day`, `side`: the day the list's own line gave them all, for entries with none of their own, and the side it
    says holds them (else they fell to the report's taker)."""
    head = _ENTRY_HEAD_RE.match(s)
    if head is None:
        dated = _dated_entry(s, mentions, sent, comp, published, dominant, source)
        if dated is None and (day is not None or bulleted and len(s) <= 60 and s[:1].isupper() and (
                not mentions or mentions[0].start == 0)):
            # (also "- Yawan (1 July)", "- Tulak (date not confirmed)": a place alone, its day in brackets if any; a
            # place the gazetteer lacks does not end the list)
            return _day_entry(s, mentions, sent, comp, published, day, side, dominant, source)
        return dated
    cues = [c for c in find_cues(s, s.lower()) if head.end() <= c.start <= head.end() + 24
            and c.kind in _DAY_CUE_KINDS]
    if not cues:
        return None
    # ("Friday, August 6": the date, over the weekday)
    day, precision = resolve_cue(next((c for c in cues if c.kind == "abs"), cues[0]), published)
    status = _entry_status(source, comp, dominant)
    out = []
    for x in mentions:
        if x.end > head.end() - 1 or x.place is None or x.place.kind not in _TOWN_KINDS \
                or s[max(0, x.start - 1):x.start] == "(":
            continue
        out.append(_Draft(x.place, x.text, dominant, status, day, precision if day else DatePrecision.UNKNOWN, source,
                          sent, x.start, round(x.confidence * 0.9, 3), "capture", 0))
    return out


def _dated_entry(s: str, mentions: list[_Mention], sent: Span, comp: _Compiled, published: date, dominant: str,
                 source: str) -> list[_Draft] | None:
    """The claims of a list's entry that opens with its day ("August 8 - Kunduz, Sar-e Pul and Taloqan, capitals of
    the provinces of Kunduz, Sar-e Pul and Takhar."): the towns named before any words on what they are the capitals
    of, taken on that day; None when the line is no such entry."""
    cue = next(iter(find_cues(s, s.lower())), None)
    if cue is None or cue.start > 2 or cue.kind != "abs" or (sep := _ENTRY_DATE_RE.match(s, cue.end)) is None:
        return None
    day, precision = resolve_cue(cue, published)
    if day is None:
        return None
    cut = _ENTRY_CAPITALS_RE.search(s, sep.end())
    end = cut.start() if cut is not None else len(s)
    status = _entry_status(source, comp, dominant)
    out = []
    for x in mentions:
        if x.start < sep.end() or x.end > end or x.place is None or x.place.kind not in _TOWN_KINDS \
                or s[max(0, x.start - 1):x.start] in ("(", "-") or s.startswith("-", x.end) or _MODIFIER_RE.match(s, x.end) \
                or _LANDMARK_RE.search(s, max(0, x.start - 40), x.start):
            continue  # ("Ghazni, on the Kabul-Kandahar highway": the highway's ends are no entry)
        out.append(_Draft(x.place, x.text, dominant, status, day, precision, source, sent, x.start,
                          round(x.confidence * 0.9, 3), "capture", 0))
    return out


def _day_entry(s: str, mentions: list[_Mention], sent: Span, comp: _Compiled, published: date, day: date | None,
               holder: str | None, dominant: str, source: str) -> list[_Draft]:
    """The claims of a list's entry under a line that gave the day ("On 13 August, the south and centre went:" and then
    "- Tarinkot in Uruzgan and Qalat in Zabul, both surrendered by their governors;", or "District centres reported
    under NSAG control since 2 July:" and then "1. Yawan – 3 July"): the towns named before any words on how or
    after what, on the entry's own day or else the line's."""
    stop = _ENTRY_STOP_RE.search(s)
    end = stop.start() if stop is not None else len(s)
    own = next((c for c in find_cues(s, s.lower()) if c.kind in ("abs", "weekday")), None)
    if own is not None and (resolved := resolve_cue(own, published)[0]) is not None:
        day = resolved
    controller = holder or dominant
    status = _entry_status(source, comp, controller)
    out = [_Draft(x.place, x.text, controller, status, day, DatePrecision.DAY if day else DatePrecision.UNKNOWN,
                  source, sent, x.start,
                  round(x.confidence * 0.85, 3), "capture" if holder is None else "hold", 0)
           for x in mentions if x.end <= end and x.place is not None and x.place.kind in _TOWN_KINDS
           and not _IN_BEFORE_RE.search(s, max(0, x.start - 12), x.start) and not _MODIFIER_RE.match(s, x.end)
           and not _LANDMARK_RE.search(s, max(0, x.start - 40), x.start)]
    return out  # (none on a bulleted line whose place the gazetteer lacks: the list goes on)


# Where a list's entry stops naming what fell: "after a month-long siege", "when its governor fled", "; "
_ENTRY_STOP_RE = re.compile(r"\b(?:after|when|as|following|where|which|who|because|despite|until|before|both|all)\b|;",
                            re.IGNORECASE)
# A line that says a side holds a list of places below: "District centres reported under NSAG control since 2 July:"
_HELD_COLON_RE = re.compile(r"\b(?:under|in)\s+(?:the\s+)?(?P<who>[A-Z][\w\-]*)\s+(?:control|hands)\b[^:]*:\s*$")
# A line that says a list of places below fell: "the south and centre went:", "these capitals fell:"
_WENT_COLON_RE = re.compile(r"\b(?:went|fell|followed|were\s+(?:lost|taken|captured|seized|overrun)|changed\s+hands)\s*:\s*$",
                            re.IGNORECASE)
_ENTRY_CAPITALS_RE = re.compile(r",\s+(?:the\s+)?(?:provincial\s+)?capitals?\s+of\b", re.IGNORECASE)


def _quoted_voice(sentences: list[Span], idx: int, comp: _Compiled, *, back: int = 3) -> str | None:
    """Whose statement a paragraph-long quotation is: the side (or official) a sentence just before names as issuing
    a statement, message or words ("the Taliban's spokesman issued a statement", "The statement reads:")."""
    for j in range(idx - 1, max(-1, idx - 1 - back), -1):
        s = sentences[j].text
        if not _STATEMENT_WORD_RE.search(s):
            continue
        for m in reversed(list(comp.actor_re.finditer(s))):
            role = _ROLE_AFTER_RE.match(s, m.end())
            return s[m.start():role.end() if role else m.end()]
        if (off := comp.official_re.search(s)) is not None:
            return off.group()
    return None


def _earlier_speaker(sentences: list[Span], idx: int, spoke: dict[int, str | None], *, back: int = 3) -> str | None:
    """The speaker named last in the few sentences before `idx`: who "he" or "one of them" is."""
    for j in range(idx - 1, max(-1, idx - 1 - back), -1):
        if spoke.get(j):
            return spoke[j]
        s = sentences[j].text
        if j in spoke or not _SPEECH_RE.search(s):
            continue
        named = _speakers(s, s.lower(), named=True)
        if named:
            return named[-1]
    return None


def _garrisons(surrenders: list[_Surrender], posts: list[tuple[Span, _Mention]], drafts: list[_Draft],
               comp: _Compiled) -> list[_Draft]:
    """Troops who gave up near a city hand over its airport when the report places them there ("the guns they
    had at the airport"), unless the report says who holds it in so many words."""
    out: list[_Draft] = []
    claimed = {d.place.id for d in drafts}
    for sur in surrenders:
        hit = comp.resolve(f"{sur.city.name} airport") or comp.resolve(f"{_ascii_name(sur.city)} airport")
        if hit is None or hit[0].id in claimed:
            continue
        for sent, x in posts:
            if x.place.id == hit[0].id:
                out.append(_Draft(x.place, x.text, sur.controller, sur.status, sur.event_date, sur.precision,
                                  sur.attribution, sent, x.start, round(x.confidence * 0.8, 3), "capture",
                                  len(drafts) + len(out)))
                claimed.add(x.place.id)
                break
    return out


def extract_claims(report: Report, gazetteer: Any, profile: Theatre) -> list[Claim]:
    """The claims of control one report makes (DESIGN.md, extract); pure, never raises on odd text."""
    return list(extract(report, gazetteer, profile).claims)


@dataclass(slots=True)
class _SentenceResult:
    drafts: list[_Draft]
    denials: list[Any]
    unresolved: list[str]
    narrative: date | None
    surrenders: list[_Surrender]
    speaker: str | None = None  # the last speaker named in the sentence, for a later "he said"
    fights: bool = False  # fighting told with no place of its own ("fighting was continuing")


@dataclass(frozen=True, slots=True)
class _Surrender:
    """Troops who gave themselves up near a city: who took their posts there, when, on whose word."""

    city: Place
    controller: str
    status: Status
    event_date: date | None
    precision: DatePrecision
    attribution: str


def _sentence(s: str, low: str, triggers: list[re.Match[str]], actor_hits: list[re.Match[str]], sent: Span,
              mentions: list[_Mention], unknown: list[_Mention], comp: _Compiled,
              published: date, narrative: date | None, last_actor: str | None, dominant: str,
              source: str, context: Place | None = None,
              earlier_speaker: Callable[[], str | None] | None = None, history: frozenset[int] = frozenset(),
              past_years: frozenset[int] = frozenset(),
              role_of: Callable[[str], str | None] | None = None, others: tuple[str, ...] = (),
              side_named_before: Callable[[int], str | None] | None = None, past_paragraph: bool = False
              ) -> _SentenceResult:
    """One sentence's drafts. `past_paragraph`: the sentence before, in the same paragraph, named a past year."""
    events = []
    for m in triggers:
        kind, direction, agent = _TRIGGER_INFO[m.lastgroup]
        events.append(_Event(m.lastgroup, kind, direction, agent, m.start(), m.end()))
    if len(events) > 1 and "-" in s and any(e.kind in ("capture", "retake") for e in events):
        # "took over the last government-held city in the east, Jalalabad": the compound describes the place
        # before the sentence's event, it is no event of its own
        events = [e for e in events if not (e.kind == "hold" and e.start > 0 and s[e.start - 1] == "-")]
    starts = _SOFT.candidates(s, low)
    if starts is None or _HARD_REST is None:
        soft = [m.span() for m in _SOFT.finditer(s, low)]
        hard = [m.span() for m in _HARD.finditer(s, low)]
    else:  # one scan for both
        soft = [m.span() for m in _SOFT.finditer_at(s, starts, low)]
        hard = [m.span() for m in _HARD.finditer_along(s, low, starts, _HARD_REST)]
    stops: list[tuple[int, int]] = []
    if ('"' in s or "“" in s) and (stops := inner_stops(s)):
        # a quotation of several sentences, kept whole for its speaker: each of its sentences is a clause of its own
        soft = sorted(soft + stops)
        hard = sorted(hard + stops)
    speeches = _speeches(s, low, events, soft)
    named = [sp.speaker for sp in speeches if not _PRONOUN_SPEAKER_RE.match(sp.speaker)]
    if len(named) < len(speeches):
        # "he said", "one of them said": the speaker named last, in this sentence or an earlier one
        who = named[0] if named else (earlier_speaker() if earlier_speaker else None)
        if who:
            # ("it said": only a side or an official, not whatever spoke last: "the NRF insists the war is not over")
            sided = _classify(who, comp, CONTESTED)[0] in ("party", "official")
            speeches = [replace(sp, speaker=who) if _PRONOUN_SPEAKER_RE.match(sp.speaker) and (
                sided or sp.speaker.strip().lower() != "it") else sp for sp in speeches]
    if earlier_speaker and any(_DEFINITE_ROLE_RE.match(sp.speaker) for sp in speeches) \
            and (prev := earlier_speaker()) is not None:
        # "a commander of the uprising told AFP ... The commander said ...": the one introduced before
        speeches = [replace(sp, speaker=prev) if (role := _DEFINITE_ROLE_RE.match(sp.speaker)) is not None
                    and role.group("role").lower() in prev.lower() and prev.lower() != sp.speaker.strip().lower()
                    else sp for sp in speeches]
    sp_bounds = sorted(soft + [(sp.verb_start, sp.verb_end) for sp in speeches if sp.mode == "before"])
    speaker_spans = [(sp.sp_start, sp.sp_end) for sp in speeches]
    actors = []
    former = "former" in low or "ex-" in low
    past_end = -2  # the end of a name no side answers to now ("Northern Alliance" in 2021): "... troops" are theirs
    sideless: list[int] = []  # where such names stand
    for m in actor_hits:
        if past_end + 1 == m.start() and s[past_end] == " ":
            past_end = m.end()
            continue
        if any(x.start < m.end() and m.start() < x.end for x in mentions if not x.ref):
            continue  # "Kabul" the place, not "Kabul" the government
        aid = _actor_of(m.group("a"), comp)
        if aid is None:
            past_end = m.end()
            sideless.append(m.start())
            continue
        if aid and comp.generic and side_named_before is not None and _is_generic(m.group("a"), comp):
            aid = side_named_before(m.start()) or aid  # "the NRF says ... On Tuesday, the group announced": the NRF
        if aid and s.endswith("told ", 0, m.start()):
            continue  # "told Kabul Now": who was told (an outlet), not a side
        if aid and m.group("a")[:1].islower() and (
                _NEW_REGIME_BEFORE_RE.search(s, max(0, m.start() - 24), m.start())
                or (" " not in m.group("a") and _INDEFINITE_BEFORE_RE.search(s, max(0, m.start() - 6), m.start())
                    and _NO_NOUN_AFTER_RE.match(s, m.end()))):
            continue  # "prepare to announce a new government", "have yet to name a government, ...": not the state's forces
        if aid and former and _FORMER_RE.search(s, max(0, m.start() - 32), m.start()):
            # "joined by former soldiers": no longer that side's men; once the state has fallen, the state's former
            # men who fight on are with those who hold what its challenger loses (the resistance)
            holder = _loss_holder() if aid in comp.official_actors else None
            if holder is None or holder == aid:
                continue
            aid = holder
        if aid and actors and m.group("a")[:1].islower() \
                and _POSS_PRONOUN_BEFORE_RE.search(s, max(0, m.start() - 18), m.start()):
            aid = actors[-1][2]  # "The Pentagon said its troops remained in control": its men, not the army
        if aid:
            if actors and actors[-1][1] + 1 == m.start() and s[actors[-1][1]] == " ":
                continue  # "Taliban soldiers", "NRF special forces": the noun after a side's name is that side's
            actors.append((m.start(), m.end(), aid))
    pronouns = [m.span() for m in comp.pronoun.finditer(s, low)]
    if pronouns and speeches and ("its " in low or "their " in low):
        # "The Afghan Defense Ministry said that its forces had retaken Nad Ali": the men of the official who speaks
        for a, b in list(pronouns):
            if not low.startswith(("its ", "their "), a):
                continue
            sp = next((sp for sp in reversed(speeches) if sp.verb_end <= a and sp.sp_end <= a), None)
            if sp is None or any(sp.sp_end <= x[0] < a for x in actors):
                continue
            kind, side = _classify(sp.speaker, comp, CONTESTED)
            if kind == "official" and side is not None:
                pronouns.remove((a, b))
                actors.append((a, b, side))
        actors.sort()
    cues = find_cues(s, low)
    speech_cue_idx = set()
    speech_date, speech_precision = None, DatePrecision.UNKNOWN
    for i, c in enumerate(cues):
        window = s[max(0, c.start - 40):c.start]
        if _STATEMENT_DATE_RE.search(window) or _STATEMENT_AFTER_RE.match(s, c.end) or (
                _STATEMENT_POSTED_RE.search(window) and not _TRIGGER_RE.search(window)) or (
                # "On Sunday, officials confirmed that Sar-e Pul had fallen": a day set before the speaker is the
                # statement's when the speech comes before any event
                c.start <= 10 and triggers and (_LEAD_CUE_END_RE.match(s, c.end) or _LEAD_CUE_SPEAKER_RE.match(s, c.end))
                and _SPEECH_RE.search(s, c.end, triggers[0].start()) is not None):
            speech_cue_idx.add(i)
            if speech_date is None:
                speech_date, speech_precision = resolve_cue(c, published, reference=narrative)
    unknown = [u for u in unknown if not _INSTITUTION_RE.search(u.text) and not comp.official_re.search(u.text)
               and not comp.independent_re.search(u.text) and not CUE_RE.fullmatch(u.text)
               and not any(a[0] < u.end and u.start < a[1] for a in actors)
               and not comp.actor_re.fullmatch(u.text)]
    cand = sorted(mentions + unknown, key=lambda x: x.start)
    cand = [x for x in cand if not any(a <= x.start < b for a, b in speaker_spans)]
    # "the Kunduz highway", "Kandahar prison": a name that qualifies a thing is not the place claimed
    # ("the Torkham border": a crossing's border is the crossing)
    cand = [x for x in cand if x.place is None or x.place.kind == "airport" or not (
        (_MODIFIER_RE.match(s, x.end) and not (x.place.id.startswith("crossing-") and s.startswith(" border", x.end))) or _QUALIFIES_LIST_RE.match(s, x.end) or _POSS_FACILITY_RE.match(s, x.end)
        or (x.text.endswith(("districts", "provinces")) and _OF_IN_RE.match(s, x.end)
            and s[max(0, x.start - 4):x.start].lower() == "the "))]
    if " of " in s:
        # "the Helmand district of Sangin": the province only says where the district is
        cand = [x for i, x in enumerate(cand) if not (
            x.place is not None and x.place.kind == "province" and i + 1 < len(cand)
            and (q := _QUALIFIER_OF_RE.match(s, x.end)) is not None and cand[i + 1].start == q.end())]
    if "s " in s:
        # "Panjshir's Anaba district", "Herat's Guzara and Injil districts": the first name only says where the next is
        cand = [x for i, x in enumerate(cand) if not (
            x.place is not None and x.place.kind in ("province", "city") and i + 1 < len(cand)
            and (poss := _POSS_NEXT_RE.match(s, x.end)) is not None and cand[i + 1].start == poss.end())]
    if ('"' in s or "“" in s) and _SCARE_QUOTE_RE.search(s):
        # 'had "cleared" Banu': quotation marks around a word or two are no clause boundary
        marks = {i for m in _SCARE_QUOTE_RE.finditer(s) for i in (m.start(), m.end() - 1)}
        soft = [b for b in soft if b[0] not in marks]
        hard = [b for b in hard if b[0] not in marks]
        sp_bounds = [b for b in sp_bounds if b[0] not in marks]
    if ('"' in s or "“" in s) and (opened := {x.end + 1 for x in cand if s.startswith((' "', " “"), x.end)
                                            and s[x.end + 2:x.end + 3].islower()}):
        # 'the ministry said Maimana "remains in the hands of the army"': a quotation that goes on the place's clause
        soft = [b for b in soft if b[0] not in opened]
        hard = [b for b in hard if b[0] not in opened]
        sp_bounds = [b for b in sp_bounds if b[0] not in opened]
    if ", and" in s and cand:
        # "captured Herat, Kandahar, and Kunduz on Thursday": the list's last comma ends no clause (for the targets
        # or the date), unless a new clause starts after the name ("..., and Kunduz fell a day later")
        listed = _list_commas(s, cand)
        if listed:
            soft = [b for b in soft if b[0] not in listed]
            hard = [b for b in hard if b[0] not in listed]
            sp_bounds = [b for b in sp_bounds if b[0] not in listed]
    drafts: list[_Draft] = []
    denials: list[Any] = []
    unresolved: list[str] = []
    new_narrative = None
    surrenders: list[_Surrender] = []
    taken: dict[str, _Draft] = {}
    entered: set[str] = set()  # places this sentence says a side entered
    untargeted_fights: list[int] = []  # where fighting is told with no place of its own ("are fighting them")
    clause_stale: dict[tuple[int, int, bool, int, int], bool] = {}  # (bounds, in a relative clause, trims) -> stale
    lead_year = _LEAD_YEAR_RE.match(s) if "19" in s or "20" in s else None
    retracted = ("version" in low or "earlier" in low or "previous" in low or "prior" in low or "original" in low) \
        and _RETRACTED_RE.search(s) is not None
    had_if = s.lstrip(" \"“‘'").startswith(("Had ", "Were ", "Should "))  # (a quote may open with the condition)
    let_word = "let" in low
    rumour_words = ("rumo" in low or "specul" in low or "hoax" in low or "fake" in low or "false" in low
                    or "disinfo" in low)
    reports_that = ("report" in low or "claim" in low or "alleg" in low or "suggest" in low or "assert" in low
                    or "rumo" in low or "news" in low)
    cue_dates: dict[int, tuple[date | None, DatePrecision]] = {}
    rel_spans = [m.span() for m in _REL_CUE_RE.finditer(s)] if cues and ("where" in low or "who" in low
                                                                           or "which" in low) else []
    headline = _HEADLINE_RE.match(s) if ":" in s[:70] or " – " in s[:70] or " — " in s[:70] or " - " in s[:70] else None
    if headline is not None and not any(x.end <= headline.end() for x in cand):
        headline = None
    still_fought = ("still" in low or "continu" in low or "under way" in low or "going on" in low or "rag" in low) \
        and (fought := _STILL_FOUGHT_RE.search(s)) is not None \
        and not _SPEECH_RE.search(fought.group())  # "..., but local officials said fighting continued": theirs
    day_anchor: date | None = None  # the day of an event before in this sentence ("a day after" counts from it)
    day_anchor_at = -1

    def _stale_clause(clause_text: str, hard_lo: int, hard_hi: int) -> bool:
        """Whether a clause is future or history (the same for every event in it)."""
        return bool(_FUTURE.search(clause_text) or (
            "19" in clause_text or "20" in clause_text) and any(
            int(y) < published.year for y in _YEAR_RE.findall(clause_text)) or (
            "ago" in clause_text and PAST_YEAR_RE.search(clause_text)) or (
            # "mujahedin fighters besieged the garrison town of Khost for years": long past
            "for " in clause_text and _FOR_YEARS_RE.search(clause_text) is not None) or (
            _years_away(s, hard_lo, min(len(s), hard_hi + 16))) or (
            # "Najibullah's government fell in April 1992, ..., and the mujahideen entered Kabul": a clause joined
            # by "and" to one set in a past year is in that year too, unless it names its own day
            # ("Kunduz was seized in 2015 and again in 2016, but both times government forces retook it": so is
            # one joined by "but")
            ("19" in s[:hard_lo] or "20" in s[:hard_lo])
            and (past := [y for y in _YEAR_RE.finditer(s, 0, hard_lo) if int(y.group(1)) < published.year])
            and (_AND_JOINED_RE.search(s, max(0, hard_lo - 8), hard_lo) is not None
                 or _BUT_JOINED_RE.search(s, past[-1].end(), hard_lo) is not None)
            # (a day of its own, not one counted from then: "two weeks later" is still that year)
            and not any(hard_lo <= c.start < hard_hi and c.kind not in _RELATIVE_CUE_KINDS for c in cues)) or (
            # "In September 1996, after a long siege, the Taliban captured Kabul": the fronted year is the clause's
            lead_year is not None and lead_year.end() <= hard_lo and int(lead_year.group(1)) < published.year
            and not any(hard_lo <= c.start < hard_hi for c in cues)) or (
            # "was besieged for two weeks before it surrendered on 26 November 2001", "changed hands in 1997 and 1998
            # before the group took it": a clause tied by before, after, until or when to one set in a past year
            ("19" in s or "20" in s) and not any(hard_lo <= c.start < hard_hi and c.kind not in _RELATIVE_CUE_KINDS
                                                 for c in cues)
            and (((tie := _TIME_TIE_RE.match(s, hard_hi)) is not None
                  and _past_year_in(s, tie.end(), _end_of_sentence_part(s, tie.end()), published.year))
                 or ((_TIME_TIE_RE.match(s, hard_lo) is not None
                      or _TIME_TIE_BEFORE_RE.search(s, max(0, hard_lo - 40), hard_lo) is not None)
                     and _past_year_in(s, _start_of_sentence_part(s, hard_lo), hard_lo, published.year)))))

    def _clause_is_stale(hard_lo: int, hard_hi: int, in_rel: bool, aside_end: int = -1, cut: int = -1) -> bool:
        """_stale_clause of the clause [hard_lo, hard_hi) once per clause, less an aside that ends at aside_end and
        what follows cut, when given."""
        key = (hard_lo, hard_hi, in_rel, aside_end, cut)
        stale = clause_stale.get(key)
        if stale is None:
            clause_text = s[hard_lo:cut if cut >= 0 else hard_hi]
            if aside_end > 0:
                clause_text = _ASIDE_SPAN_RE.sub(",", s[hard_lo:aside_end]) + s[aside_end:hard_lo + len(clause_text)]
            if "," in clause_text and not in_rel:
                # "Bamyan, which the Taliban last ruled two decades ago, remains ...": the aside's time is not the claim's
                clause_text = _REL_SPAN_RE.sub(",", clause_text)
            stale = clause_stale[key] = _stale_clause(clause_text, hard_lo, hard_hi)
        return stale

    if "who " in low and any(e.kind == "hold" for e in events):
        # "Government troops who had been holding Kandahar airport were flown out on Friday": they left what they held
        events = [_Event("capture_leave", "capture", "fwd", "leaver", e.start, e.end)
                  if e.kind == "hold" and e.name == "hold" and _WHO_HAD_RE.search(s, max(0, e.start - 24), e.start)
                  and _LEFT_AFTER_RE.match(s, e.end) else e for e in events]
    foreseen = any(w in low for w in _FORESEEN_HINTS)  # (the words _FORESEEN_RE needs, looked for once)
    for ev in events:
        clause_lo = _clause_start(soft, ev.start)
        before = s[clause_lo:ev.start]
        negated = ev.name == "hold_outside"
        nobody = (ev.kind == "hold" and ("neither" in low or "nobody" in low or "no one" in low or "no side" in low)
                  and _NEITHER_RE.search(s, max(clause_lo, ev.start - 40), ev.start) is not None) or (
            ev.name in ("hold_hands", "hold_control") and _NOBODYS_RE.search(s, ev.start, ev.end) is not None)
        if sideless and ev.kind != "contest" and any(clause_lo <= a < ev.start and "," not in s[a:ev.start]
                                                     for a in sideless) \
                and not any(clause_lo <= x[0] < ev.start for x in actors):
            continue  # "Northern Alliance troops entered the capital", told in 2021: a deed of no side there is now
        if "no " in low and (ne := _NO_EVIDENCE_RE.search(s, max(0, ev.start - 150), ev.start)) is not None \
                and not _BUT_RE.search(s, ne.end(), ev.start):
            continue  # "There is no credible evidence that Taliban fighters have entered the valley": denied
        if not negated and not nobody and _NEG.search(s[max(clause_lo, ev.start - 60):ev.start]):
            if not (ev.name in ("hold_control", "hold_hands") or (
                    # "Panjshir remained the only one of the 34 provinces not held by the Taliban" (not "the airport is
                    # the only part of the capital not held by the Taliban": who holds it, the text does not say)
                    ev.name == "hold_pass" and "only" in s[max(0, ev.start - 80):ev.start]
                    and "airport" not in low and "airfield" not in low)) \
                    or not _NOT_HELD_RE.search(s, max(clause_lo, ev.start - 30), ev.start):
                continue
            negated = True  # "Panjshir is the only province not under Taliban control": the other side's
        # (a quotation that opens the clause may be the wording of a threat: 'threatened to "enter Mazar ..."')
        quoted = clause_lo > 0 and s[clause_lo - 1] in "“\"‘"
        window = s[max(0 if quoted else clause_lo, ev.start - 40):ev.start]
        modal = _MODAL.search(window)
        if modal and (_PERFECT_RE.search(window) or _CONTINUE_RE.search(window)):
            modal = None  # "claimed to have captured", "are reported to have seized": a past event, reported
        if modal and _MADE_TO_RE.search(window):
            modal = None  # "government forces were forced to withdraw from Kunduz": they did
        if low.startswith("by ", max(0, ev.start - 3)) and _MODAL_WORD_RE.search(s, hard_start := _clause_start(
                hard, ev.start), ev.start) and not _PERFECT_RE.search(s, hard_start, ev.start):
            continue  # "will likely attempt to isolate Kabul by seizing the capitals around it": as unreal as the aim
        if ev.kind == "capture" and ev.start <= 2 and s[:ev.end].strip(" “\"‘'").split()[0] in _IMPERATIVES:
            continue  # "Take Mazar and you cut the government off from Uzbekistan": an imperative, a condition
        if ev.kind == "contest" and ev.direction == "fwd_in" and _MODAL_AFTER_RE.match(s, ev.end):
            continue  # "fighting could now spread to Adraskan": not yet
        if ev.kind == "capture" and "falling" in low and _DANGER_OF_RE.search(s, max(0, ev.start - 40), ev.start):
            continue  # "Lashkar Gah itself was in no danger of falling", "on the verge of falling": it has not fallen
        if "despite" in low and _DESPITE_CLAIMS_RE.search(s, max(0, ev.start - 130), ev.start):
            continue  # "in the insurgents' hands since mid-July, despite government claims to have retaken it": belied
        if ev.kind == "capture" and (_KILLED_OR_RE.search(s, max(0, ev.start - 30), ev.start)
                                     or _OR_KILLED_RE.match(s, ev.end)):
            continue  # "dozens of Taliban were killed or captured in Deh Salah": people were taken, not the place
        if ev.kind == "contest" and "comment" in low and _COMMENT_ON_RE.search(s, max(0, ev.start - 70), ev.start):
            continue  # "There was no comment from the Taliban on the fighting in Rokha": the fighting told before, a topic
        if _BRIEFLY_RE.search(s, max(clause_lo, ev.start - 12), ev.start):
            continue  # "The militants briefly held Kunduz before being driven out": not how it stands
        if ev.name == "capture_return" and _CIVIL_SUBJECT_RE.search(s, max(0, ev.start - 40), ev.start):
            continue  # "the government's negotiating team had returned to Kabul": people came back, no force took it
        if ("caption" in low or "titled" in low or "headlined" in low or "with the claim" in low) and (
                _CAPTION_QUOTE_RE.search(s, max(0, ev.start - 90), ev.start) is not None):
            continue  # 'a video with the caption "Taliban fighters capture Panjshir" does not show it': words quoted
        if low.endswith("from ", 0, ev.start) and _PREVENT_FROM_RE.search(s, max(0, ev.start - 60), ev.start):
            continue  # "battling to stop the Taliban from taking the city": what they try to prevent has not happened
        if ev.kind in ("capture", "hold") and low.startswith(("seizing", "capturing", "taking", "conquering", "overrunning",
                                                              "holding", "controlling", "keeping"),
                                                             ev.start) and _GERUND_LEAD_RE.search(s, max(0, ev.start - 12), ev.start):
            continue  # "might decide that seizing the capital by force is not worth it": a deed talked of, not done
        if ("thought" in low or "feared" in low or "assumed" in low or "imagined" in low or "mistook" in low) \
                and _THOUGHT_RE.search(s, max(0, ev.start - 60), ev.start):
            continue  # "residents said they first thought the city was under attack": what someone feared, not news
        if foreseen and _FORESEEN_RE.search(s, max(clause_lo, ev.start - 50), ev.start) is not None:
            continue  # "Nobody is predicting the fall of Kabul", "worried about Kabul being cut off": not come to pass
        if ev.kind in ("capture", "contest", "retake", "hold") and (
                "social" in low or "facebook" in low or "rumo" in low or "messaging" in low or "telegram" in low
                or "online" in low or "twitter" in low or "tiktok" in low or "youtube" in low or "posts" in low) and (
                rumour := _SOCIAL_RUMOUR_RE.search(s, 0, ev.start)) is not None \
                and not any(rumour.start() <= a[0] < rumour.end() or ev.kind == "hold" and a[0] < rumour.start()
                            for a in actors) \
                and not _SAID_IN_POST_RE.search(s, max(0, rumour.start() - 40), rumour.start()) \
                and not _LINKED_POSTS_RE.search(s, rumour.start(), ev.start):
            # "reports on social media that Maimana had fallen", "rumours that ...": no one's word (but "A Taliban
            # spokesman said in a post on Twitter that ...", "accounts linked to anti-Taliban commanders": a side's)
            continue
        if modal and modal.group().lower().startswith("to ") and _NTH_TO_FALL_RE.search(window):
            modal = None  # "Kunduz was the second provincial capital to fall": a fall, counted
        if modal and not (ev.name in ("hold_hands", "hold_control", "contest_under", "hold_pass")
                          and modal.group().lower().startswith("to ") and not _EXPECT_TO_RE.search(window)):
            continue  # ("Few analysts expect the capital to come under direct attack": not yet)
        if ev.name == "capture_nom" and (_NEGATIVE_WORD_RE.search(before) or _INDEFINITE_NOM_RE.search(
                s, max(0, ev.start - 30), ev.end) or _WOULD_AFTER_RE.search(s[ev.end:]) or _ANY_OBJECT_RE.match(s, ev.end)):
            # "no fall of Kunduz", "A Taliban capture of Kabul would be ...", "the fall of a major city such as Kandahar
            # or Herat": nothing happened, or nothing named
            continue
        if _CONDITIONAL_RE.match(before) or any(b == clause_lo and s[a:b].lower() in ("if", "unless", "whether")
                                                 for a, b in soft):
            continue  # "If the Taliban take Kandahar, ..."
        if ev.name == "retake_out" and not any(ev.start < x[0] < ev.end for x in actors + pronouns):
            continue  # "forced thousands from their homes": nobody was pushed out of a place
        if had_if and (clause_lo == 0 or not s[:clause_lo].strip(" \"“‘'")) and _HAD_IF_RE.match(s, 0, ev.start):
            continue  # "Had the insurgents taken Sheberghan, the road would have been cut"
        if let_word and _LET_RE.search(s, max(0, ev.start - 30), ev.start):
            continue  # "An earlier version of this story said Ghazni had fallen on Wednesday": withdrawn, not claimed
        if ev.kind == "contest" and _FLED_RE.search(s, max(0, ev.start - 30), ev.start):
            continue  # "families who fled the fighting in Kunduz": why people left, not news of the fighting
        if rumour_words and _RUMOUR_RE.search(s, max(0, clause_lo - 40), ev.start):
            continue  # "false rumours that Panjshir had fallen": nobody claims it
        if reports_that and _DENIED_REPORTS_RE.search(s, max(0, clause_lo - 60), ev.start):
            continue  # "A Taliban spokesman denied reports that fighting had broken out in Herat": reports no one owns, denied
        if reports_that and _REPORTS_THAT_RE.search(s, max(0, ev.start - 80), ev.start) and _BASELESS_RE.search(s, ev.end):
            continue  # "reports that the Taliban had captured Faizabad were baseless": rejected, not claimed
        if low.endswith(("whoever ", "whichever ", "anyone who ", "whoever controls ", "whoever holds "), 0, ev.start):
            continue  # "whoever holds Mazar holds the north": anyone, a maxim
        if s[max(0, ev.start - 8):ev.start].rstrip().lower().endswith(("that", "which", "who")) \
                and _ANY_WHO_RE.search(s, max(0, ev.start - 40), ev.start):
            continue  # "a government that took Kabul by force would not be recognised": anyone, hypothetically
        hard_lo = _clause_start(hard, ev.start)
        hard_hi = _clause_end(hard, ev.end, len(s))
        # events often share a clause: whether it is future or history is worked out once per clause
        in_rel = "," in s and any(a <= ev.start < b for a, b in (
            r.span() for r in _REL_SPAN_RE.finditer(s, hard_lo, hard_hi)))
        stale = _clause_is_stale(hard_lo, hard_hi, in_rel)
        if stale:
            # an aside between the subject and the event, or a relative clause after it, has a time of its own: "Bala
            # Murghab, for years the scene of heavy fighting, had fallen", "Herat remained in government hands, defended
            # by militiamen loyal to a commander who governed the province in the 1990s" (trimming them can only clear
            # the clause, so it is tried only for one found stale)
            aside_end = max((m.end() for m in _ASIDE_SPAN_RE.finditer(s, hard_lo, ev.start)), default=-1) \
                if "," in s[hard_lo:ev.start] else -1
            rel_cut = _REL_WORD_RE.search(s, ev.end, hard_hi) if "wh" in s[ev.end:hard_hi] else None
            if aside_end > 0 or rel_cut is not None:
                stale = _clause_is_stale(hard_lo, hard_hi, in_rel, aside_end, rel_cut.start() if rel_cut else -1)
        if not stale and ("19" in s[:ev.start] or "20" in s[:ev.start]) \
                and (past := [y for y in _YEAR_RE.finditer(s, 0, ev.start) if int(y.group(1)) < published.year]) \
                and _COUNTED_FROM_RE.search(s, past[-1].end(), ev.end) is not None \
                and not any(past[-1].end() <= c.start < hard_hi and c.kind in ("abs", "weekday") for c in cues):
            stale = True  # "Herat fell to the Taliban in 1995, a year before the movement took Kabul": counted from then
        if stale and not _FUTURE.search(s[hard_lo:hard_hi]) and any(
                hard_lo <= c.start < hard_hi and c.kind == "abs" and (c.match.group("y1") or c.match.group("y2"))
                and (d := resolve_cue(c, published)[0]) is not None and 0 <= (published - d).days <= _RECENT_PAST_DAYS
                for c in cues):
            # "On August 12, 2021, the western city of Herat fell", told a year on: a day of the recent past, given in
            # full, is no history of another age; the claim keeps that day
            stale = False
        if stale and ("19" in s[hard_lo:hard_hi] or "20" in s[hard_lo:hard_hi]) \
                and 0 < (own_hi := s.find(",", ev.end, hard_hi)) and any(
                clause_lo <= c.start and c.end <= own_hi and c.kind in ("abs", "weekday") for c in cues) \
                and not _stale_clause(s[hard_lo:own_hi], hard_lo, own_hi):
            # "Six weeks after Kabul fell on August 15, the Taliban have done what they never managed in the 1990s":
            # a past year after the comma that closes the event's own words is the time of what follows it
            stale = False
        if stale:
            continue
        if history and ev.name == "capture_nom" and not cues and not _PERFECT_NOW_RE.search(s):
            continue  # "In September 1995, they captured Herat. The fall of Herat gave the movement ...": that fall
        if history and not any(c.kind in _DAY_CUE_KINDS for c in cues) \
                and (_RELATIVE_TIME_RE.search(s) or _NEVER_PAST_RE.search(s)):
            continue  # "... in November 2001. Kabul was retaken days later": still the past
        if past_paragraph and ev.kind == "hold" and not any(c.kind in _DAY_CUE_KINDS for c in cues) \
                and _PAST_HOLD_RE.search(s, max(clause_lo, ev.start - 25), ev.end) is not None \
                and not _PERFECT_NOW_RE.search(s):
            continue  # "In 1996 the Taliban took Kabul. The north-east was held by the Northern Alliance": then
        if (history or past_years) and any(
                c.kind == "abs" and not (c.match.group("y1") or c.match.group("y2"))
                and (d := resolve_cue(c, published)[0]) is not None
                and (published - d).days > _YEARLESS_RECENT_DAYS and d.year not in (history or past_years) for c in cues):
            # "... in 2001. Kunduz surrendered on November 26": that year's November, not the last one (the past year
            # may be a paragraph back: "on 9 November 2001 ... Kabul followed on 13 November. Kunduz ... on 26 November")
            continue
        # date: the nearest cue in the event's own clause that is not the date of a statement
        event_date, precision = None, DatePrecision.UNKNOWN
        best = None
        for i, c in enumerate(cues):
            if c.start <= 2 and i not in speech_cue_idx and _ENTRY_DATE_RE.match(s, c.end):
                best = (-1, i, c)  # a timeline's entry "Aug. 7 – Sheberghan ... is captured": its day
                break
            if i in speech_cue_idx or c.start < hard_lo or c.end > hard_hi:
                continue
            if ev.kind == "capture" and _SINCE_BEFORE_RE.search(s, max(0, c.start - 8), c.start) \
                    and not _WHEN_AFTER_RE.match(s, c.end):
                continue  # "since last Friday, the insurgents have taken ...": a span of days, not the day of each
            if rel_spans and any(a <= c.start < b and not a <= ev.start < b for a, b in rel_spans):
                continue  # "... as well as Mazar-i-Sharif, where the president flew on Wednesday": the flight's day
            if c.end <= ev.start and any(e is not ev and e.kind != "contest" and e.end <= c.start
                                         and c.start - e.end <= 12 and hard_lo <= e.start for e in events):
                continue  # "after the city fell last Saturday surrendered the airport on Tuesday": the fall's day
            dist = c.start - ev.end if c.start >= ev.end else ev.start - c.end
            if best is None or dist < best[0]:
                best = (dist, i, c)
        if best is None and cues:
            # "Last night, after heavy attacks by the mujahideen, the centre of X was conquered": a day set before the
            # sentence's first clause dates its event when no other event comes between
            lead = max((b for a, b in stops if b <= ev.start), default=0)
            for i, c in enumerate(cues):
                if c.start > ev.start or c.start < lead:
                    continue
                if c.start - lead <= 3 and i not in speech_cue_idx and _LEAD_CUE_END_RE.match(s, c.end) \
                        and not any(e is not ev and e.kind != "contest" and c.end <= e.start < ev.start for e in events) \
                        and not _SPEECH.search(s[c.end:ev.start]):  # (not "On Sunday, the Taliban said ...": theirs)
                    best = (-1, i, c)
                break
        if best is None and ev.kind == "hold" and "since" in low and (
                since := _SINCE_WORD_RE.search(s, ev.end, min(len(s), ev.end + 80))) is not None \
                and "," not in s[ev.end:since.start()]:  # (not "hold Ghazni, Herat, ..., and, since last night, Kandahar")
            # "has been run by the Taliban since the group seized it on July 9": a hold dates from when it began
            best = next(((0, i, c) for i, c in enumerate(cues) if since.end() <= c.start <= since.end() + 60
                         and "," not in s[since.end():c.start] and i not in speech_cue_idx
                         and c.kind in _DAY_CUE_KINDS), None)
        if best is not None:
            # the date depends only on which cue is nearest (the sentence's anchors are fixed): resolve it once
            dated = cue_dates.get(best[1])
            if dated is None:
                prev = None
                for c in cues[:best[1]]:
                    prev = resolve_cue(c, published, reference=narrative)[0] or prev
                dated = cue_dates[best[1]] = resolve_cue(best[2], published, reference=speech_date or narrative,
                                                         previous=prev)
            event_date, precision = dated
        elif hard_lo > 0 and day_anchor is not None and (
                apart := _DAYS_APART_RE.search(s, max(0, hard_lo - 30), hard_lo)) is not None:
            # "fell on Saturday, a day after the insurgents captured Zaranj": counted from the clause before
            n = NUMBER_WORDS.get(apart.group("n").lower()) or int(apart.group("n"))
            day = day_anchor - timedelta(days=n) if apart.group("dir").lower() == "after" else day_anchor + timedelta(days=n)
            if day <= published:
                event_date, precision = day, DatePrecision.DAY
        elif narrative is not None and _SAME_DAY_RE.match(s):
            event_date, precision = narrative, DatePrecision.DAY  # "Hours before, the Taliban took Jalalabad"
        elif narrative is not None and (earlier := _DAYS_EARLIER_RE.search(s, hard_lo, hard_hi)) is not None:
            # "Imam Sahib had fallen a day earlier": counted from the day the sentence before gave
            n = NUMBER_WORDS.get(earlier.group("n").lower()) or int(earlier.group("n"))
            day = narrative - timedelta(days=n) if earlier.group("dir").lower() in ("earlier", "before") \
                else narrative + timedelta(days=n)
            if day <= published:
                event_date, precision = day, DatePrecision.DAY
        if event_date is None and ev.name == "capture_followed" and (day_anchor or narrative) is not None \
                and _SAME_DAY_AFTER_RE.match(s, ev.end):
            event_date, precision = day_anchor or narrative, DatePrecision.DAY  # "Sar-e Pul followed hours later"
        # (not a "since" clause: "the first resistance since the Taliban seized the capital" is earlier than the word)
        said_day = event_date is None and speech_date is not None \
            and not ("since" in low and _SINCE_CLAUSE_RE.search(s, max(0, ev.start - 40), ev.start))
        if said_day:
            # "Kunduz remains under government control, officials said on Wednesday": a state is dated by the day it
            # was reported; "the Taliban said on Wednesday they had captured Spin Boldak": by then, most often that
            # day (the report's own day, the alternative, is later still)
            event_date, precision = speech_date, speech_precision
        if event_date is not None and precision is DatePrecision.DAY and (
                day_anchor is None or ev.start > day_anchor_at):
            day_anchor, day_anchor_at = event_date, ev.start
        if event_date is not None:
            new_narrative = event_date
        if ev.name == "hold_out" and _WHO_HAD_RE.search(s, max(0, ev.start - 20), ev.start) and any(
                e.start > ev.end and e.kind == "capture" and _SURRENDER_RE.search(s, e.start, e.end) for e in events):
            continue  # "troops who had held out at Kandahar airport surrendered": the post is lost, not held
        if ev.name == "hold_out_place" and s.startswith(",", ev.start) and any(
                e.kind in ("capture", "retake") for e in events):
            # "Panjshir, the last province holding out against them, had been conquered", "took the Panjshir valley, the
            # last province holding out against them": what it was until then
            continue
        targets = _targets(s, ev, cand, soft, sp_bounds, events, comp)
        if ev.name in ("capture_bare", "retake_bare"):
            targets = [(x, c) for x, c in targets if x.end + 1 == ev.start and x.place is not None]
            if not targets:
                # no place right before: the verb as any other ("the district, which the Taliban said they captured on
                # Saturday", "handed to the Taliban")
                ev = (_Event("capture_hand", "capture", "hand", "obj", ev.start, ev.end) if low.startswith(("handed", "given"), ev.start)
                      else _Event(ev.name.replace("_bare", ""), ev.kind, "fwd", "subj", ev.start, ev.end))
                targets = _targets(s, ev, cand, soft, sp_bounds, events, comp)
        if ev.name == "hold_theirs":
            # "the city was theirs" (not "and then the south is theirs" after Kandahar: the place is the subject)
            targets = [(x, c) for x, c in targets if not s[x.end:ev.start].strip()]
        if not targets and ev.name == "hold_out_place":
            targets = _fronted_hold(s, ev, cand, comp)
        if ev.name == "hold_fall_back":
            # "withdrew to the neighbouring province of Badakhshan": somewhere in it, not the province held
            targets = [(x, c) for x, c in targets if x.place is None or x.place.kind != "province"]
        if not targets and (ev.kind == "hold" or (ev.kind == "capture" and ev.direction == "fwd"
                                                   and _NO_OBJECT_RE.match(s, ev.end))) \
                and (w := s.rfind(", where ", clause_lo - 8, ev.start)) > 0 \
                and not _STOP_PUNCT_RE.search(s, w, ev.start) and not _POCKETS_RE.search(s, ev.end, ev.end + 30) \
                and not _IN_A_BUILDING_RE.match(s, ev.end) \
                and (before_where := [x for x in cand if x.end == w and x.place is not None
                                      and (x.place.kind in _TOWN_KINDS or (
                                          # "In Panjshir, where the Taliban took control in September, ..."
                                          ev.kind == "capture" and x.place.kind == "province"
                                          and _FRONTED_RE.fullmatch(s, 0, x.start)))
                                      and not _LANDMARK_RE.search(s, max(0, x.start - 40), x.start)
                                      and not _PASSING_RE.search(s, max(0, x.start - 30), x.start)]):
            # "regrouped at Sheberghan airport, where they were still holding out", "Kunduz, where the Taliban took over
            # on Sunday, ...": the place the clause is about
            targets = [(before_where[-1], before_where[-1].confidence * 0.85)]
        dated_item = -1  # a place added after the clause's end, with its own day after it
        if targets and ev.kind == "capture" and ev.direction == "back" and " and " in s[ev.end:] \
                and not _REL_LEAD_RE.search(s, max(0, ev.start - 30), ev.start):
            # (not "now hold Ghazni, Herat, which fell on Thursday, and Kandahar": the list the clause is inside)
            for x in cand:
                if x.start > ev.end and x.place is not None and x.place.kind in ("city", "district") \
                        and _AND_BEFORE_RE.fullmatch(s, ev.end, x.start) and _GAPPED_TAIL_RE.match(s, x.end) \
                        and not _FINITE_GAP_RE.search(s, ev.end, x.start) and not _TRIGGER_RE.search(s, ev.end, x.start):
                    targets = targets + [(x, x.confidence * 0.85)]  # "Kandahar fell overnight, and Herat on Thursday"
                    dated_item = x.start
                    break
        if targets and ev.kind in ("capture", "retake") and ev.direction == "fwd" and ", and " in s[targets[-1][0].end:]:
            last = max(x.end for x, _ in targets)
            for x in cand:
                if x.start > last and x.place is not None and x.place.kind in ("city", "district", "airport") \
                        and _DATED_ITEM_GAP_RE.fullmatch(s, last, x.start) and _DATED_ITEM_TAIL_RE.match(s, x.end) \
                        and not _FINITE_GAP_RE.search(s, last, x.start) and not _TRIGGER_RE.search(s, last, x.start):
                    targets = targets + [(x, x.confidence * 0.9)]
                    dated_item = x.start
                    break
        if not targets and ev.kind == "hold" and _HOLDING_POSITIONS_RE.match(s, ev.end):
            # "troops at Kunduz airport were holding their positions": where the holders are
            at = [x for x in cand if clause_lo <= x.start and x.end <= ev.start and x.place is not None
                  and x.place.kind in _TOWN_KINDS
                  and _POST_RE.search(s, max(clause_lo, x.start - 12), x.start)]
            targets = [(at[-1], at[-1].confidence * 0.85)] if at else []
        if not targets and ev.kind in ("capture", "retake") and ev.direction == "back" and ", whose " in s:
            # "In Kunduz, whose city centre fell on Sunday, ...": the place the centre is of
            whose = _WHOSE_PART_RE.search(s, max(0, ev.start - 60), ev.start)
            targets = [(x, x.confidence * 0.85) for x in cand if whose is not None and x.end == whose.start()
                       and x.place is not None][-1:]
        if not targets and ev.kind in ("capture", "retake") and ev.direction in ("fwd", "hand"):
            targets = _it_object(s, ev, cand, context)
        if not targets and ev.kind in ("capture", "retake", "contest") and ev.direction == "back" \
                and context is not None and context.kind in ("city", "district"):
            it = _IT_SUBJ_RE.search(s, clause_lo, ev.start)  # "It was taken after ...": the city the report is about
            if it:
                targets = [(_Mention(it.start("it"), it.end("it"), it.group("it"), context, 0.6, ref=True), 0.6)]
        passive_repel = ev.name == "hold_repel" and _ATTACK_WAS_RE.search(s, max(0, ev.start - 40), ev.start)
        if not targets and ev.kind in ("capture", "retake", "hold", "contest") and ev.direction == "fwd" and "which" in low and (
                rel := _OBJ_REL_RE.search(s, max(0, ev.start - 60), ev.start)) is not None:
            # "Bala Murghab, which the Taliban overran on Monday": the place before "which"
            before_rel = [x for x in cand if x.end <= rel.start()]
            if len(before_rel) > 1 and before_rel[-1].place is not None and before_rel[-1].place.kind == "province" \
                    and _IN_RE.match(s[before_rel[-2].end:before_rel[-1].start]):
                before_rel.pop()  # "Bala Murghab in northwestern Badghis province, which ...": Bala Murghab
            targets = [(x, x.confidence * 0.9) for x in before_rel[-1:]
                       if rel.start() - 2 <= x.end or _IN_RE.match(s[x.end:rel.start()] + " ")
                       or _PLACE_NOUN_AFTER_RE.fullmatch(s, x.end, rel.start())
                       # ("Kandahar, the country's second city, which the militants have besieged for weeks")
                       or x.place is not None and x.place.kind != "province" and _APPOS_NP_RE.fullmatch(s, x.end, rel.start())]
            if targets and len(before_rel) > 1:
                # "Banu and Pul-e Hisar districts ..., which local militias seized": the whole list before it
                head = len(before_rel) - 1
                while head and before_rel[head - 1].place is not None and before_rel[head - 1].place.kind in _TOWN_KINDS \
                        and _LIST_GAP_RE.fullmatch(s, before_rel[head - 1].end, before_rel[head].start):
                    head -= 1
                targets = [(x, x.confidence * 0.9) for x in before_rel[head:-1]] + targets
        if not targets and ev.name == "hold_repel" and (_THE_ATTACK_RE.match(s, ev.end) or passive_repel):
            # "attacked Khanabad district on Monday, but Afghan forces repelled the attack": the place attacked
            attacked = [d for d in taken.values() if d.kind == "contest"]
            targets = [(_Mention(d.start, d.start + len(d.written), d.written, d.place, d.confidence), d.confidence)
                       for d in attacked]
            if attacked and event_date is None:
                event_date, precision = attacked[-1].event_date, attacked[-1].precision  # the attack's day
            repeller = _applicable(speeches, ev.start)
            if not attacked and repeller is not None:
                # "The Taliban claimed to have seized Spin Boldak, while the government insisted that its forces had
                # repulsed the attack": the claim denied
                side = _classify(repeller.speaker, comp, CONTESTED)[1]
                for d in taken.values():
                    if d.kind == "capture" and d.status is Status.CLAIMED and side is not None and d.controller != side:
                        d.status = Status.DISPUTED
                        d.attribution = f"{d.attribution}; denied by {repeller.speaker}"
        attack_on = None
        if not targets and ev.name == "hold_repel" and "attack" in low and (
                attack_on := _ATTACK_ON_WAS_RE.search(s, max(0, ev.start - 100), ev.start)) is not None:
            # "a Taliban attack on the Khwaja Ghar district center was repelled": the place attacked
            targets = [(x, x.confidence * 0.9) for x in cand if attack_on.start("on") <= x.start and x.end <= ev.start
                       and (x.place is None or x.place.kind != "province")][:1]
        if not targets and ev.direction == "hand" and not _SURRENDER_RE.search(s, ev.start, ev.end) is None \
                and _TO_SIDE_RE.match(s, ev.end):
            # "Charikar surrendered to the Taliban": the place is the subject
            back = _Event(ev.name, ev.kind, "back", ev.agent_mode, ev.start, ev.end)
            targets = [(x, c) for x, c in _targets(s, back, cand, soft, sp_bounds, events, comp)
                       if x.place is None or x.place.kind != "province"]
        if not targets and ev.direction == "hand":
            targets = _post(s, ev, cand, soft, actors)
            if not targets and _SURRENDER_RE.search(s, ev.start, ev.end):
                # troops gave up near a city: the posts they held there may be named elsewhere in the report
                controller = _controller(s, ev, actors, pronouns, soft, last_actor, dominant, comp.official_actors, comp.fall_to)
                near = [x for x in cand if x.place is not None and x.place.kind in ("city", "district")]
                if controller is not None and controller not in comp.official_actors and near:
                    sp = _applicable(speeches, ev.start)
                    attribution = sp.speaker if sp is not None else source
                    kind = _classify(sp.speaker, comp, controller) if sp is not None else ("reporter", None)
                    status = Status.CLAIMED if kind == ("party", controller) else Status.CONFIRMED
                    surrenders.append(_Surrender(near[0].place, controller, status, event_date, precision,
                                                 attribution))
        if not targets and ev.kind == "contest" and speeches and "resident" in low \
                and all(e.kind == "contest" for e in events) and not any(ev.end <= x.start < hard_hi for x in mentions) \
                and not _NEAR_NOT_IN_RE.search(s, ev.end, hard_hi) and not _FIGHT_OVER_RE.search(s):
            # "Residents of Injil district said clashes continued late into Tuesday night": fighting where they live,
            # when the clause names no other place (not "the fighting had come within a few miles of the city") and the
            # sentence tells of nothing but fighting (not "forced the group's fighters to withdraw after hours of clashes")
            targets = next(([(x, x.confidence * 0.85)] for sp in speeches for x in mentions
                            if sp.sp_start <= x.start < sp.sp_end and x.place is not None
                            and x.place.kind in ("city", "district") and sp.verb_end <= ev.start
                            and _RESIDENTS_OF_RE.search(s, max(0, x.start - 24), x.start)), [])
        agent_ev = ev
        if not targets and headline is not None and ev.start >= headline.end():
            # a bullet or headline "Sheberghan: taken by the Taliban on Saturday": the name before the colon
            targets = [(x, x.confidence * 0.9) for x in cand if x.end <= headline.end() and s[x.start - 1:x.start] != "("]
            if _BY_OR_TO_RE.match(s, ev.end):
                agent_ev = _Event(ev.name, ev.kind, "back", "obj", ev.start, ev.end)
        if ev.direction == "back" and targets and ev.kind in ("capture", "retake"):
            # "The governor of Herat was captured", "Ismail Khan, who led the defence of Herat, was captured": a person
            targets = [(x, c) for x, c in targets if not _PERSON_OF_RE.search(s, max(0, x.start - 40), x.start)
                       and not ("who" in low and _WHO_CLAUSE_RE.search(s, max(0, x.start - 80), x.start))]
        if ev.direction == "back" and targets and (noun := _PLURAL_SUBJ_RE.search(s, max(0, ev.start - 60),
                                                                                      ev.start)) is not None \
                and not _ONE_OF_BEFORE_RE.search(s, max(0, noun.start() - 40), noun.start()):
            # (not "Panjshir remained the only one of the 34 provinces outside Taliban control": Panjshir is that one)
            # "Faryab has been among the provinces ..., with several districts falling": the districts fell, not
            # Faryab ("Kunduz and Takhar districts fell": the places named right before the noun did)
            spans = [(x.start, x.end) for x, _ in targets]
            targets = [(x, c) for x, c in targets if x.end > noun.start() or all(
                any(a <= w.start() < b for a, b in spans) for w in _CONTENT_WORD_RE.finditer(s, x.end, noun.start()))]
        if targets and ev.kind in ("hold", "capture"):
            # "control most of rural Helmand", "10 of Ghazni's 19 districts are under Taliban control": part of a
            # province says nothing of who holds the province (or its capital)
            targets = [(x, c) for x, c in targets if x.place is None or not (
                ("district" in low and _ITS_DISTRICTS_RE.match(s, x.end)) or (
                x.place.kind == "province" and _SOME_OF_BEFORE_RE.search(s, max(0, x.start - 40), x.start)))]
        if targets and ev.kind == "hold" and ev.direction == "back" and "including" in low and (
                inc := _INCLUDING_AFTER_RE.match(s, ev.end)) is not None:
            # "the whole city was in Taliban hands, including Zaranj airport": that too
            fake = _Event(ev.name, ev.kind, "fwd", ev.agent_mode, inc.end() - 1, inc.end())
            targets += [t for t in _targets(s, fake, cand, soft, sp_bounds, [], comp)
                        if all(t[0].start != x.start for x, _ in targets)]
        if ev.name == "hold_defend":
            # "defending the airport" holds it; a town being defended is one under attack, not settled
            targets = [(x, c) for x, c in targets if x.place is None or x.place.kind in ("airport", "base")]
        if ev.name == "capture_leave":
            # "the government has abandoned Badakhshan", "withdrew from Helmand": a whole province is a figure of
            # speech or a theatre of operations, not a place handed over
            targets = [(x, c) for x, c in targets if x.place is None or x.place.kind != "province"]
        if not targets:
            if ev.kind == "contest":
                untargeted_fights.append(ev.start)
            continue
        if passive_repel or attack_on is not None:
            agent_ev = _Event(ev.name, ev.kind, "back", "obj", ev.start, ev.end)  # "... was repulsed by the army"
        # (in a quotation of several sentences, a side named in an earlier one is not this one's subject)
        lead = max((b for a, b in stops if b <= ev.start), default=0) if stops else 0
        controller = _controller(s, agent_ev, [a for a in actors if a[0] >= lead] if lead else actors, pronouns, soft,
                                 last_actor, dominant, comp.official_actors, comp.fall_to)
        if ev.name == "hold_pass" and _HELD_NOUN_RE.search(s, max(0, ev.start - 30), ev.start):
            continue  # "surrounded by territory controlled by the insurgents": the territory is what they hold
        if ev.name == "capture_left_pass":
            if not any(ev.end - 1 <= a[0] <= ev.end + 25 for a in actors):
                continue  # "were evacuated by helicopter": nobody who held the place is named leaving it
            if controller is not None and controller != CONTESTED:
                controller = _other_side(controller, dominant, comp.official_actors, comp.fall_to)
        elif ev.name == "capture_pass" and controller is not None and controller != CONTESTED \
                and _GIVEN_UP_RE.search(s, ev.start, ev.end) and (by := _BY_AFTER_RE.match(s, ev.end)) is not None \
                and any(a[0] == by.end() and a[2] == controller for a in actors):
            # "Qalat city was surrendered by the security forces": the side after "by" gave it up
            controller = _other_side(controller, dominant, comp.official_actors, comp.fall_to)
        if negated:
            targets = [(x, c) for x, c in targets if x.place is not None]  # (names it cannot place: no warning)
            if controller is None or controller == CONTESTED or not targets:
                continue
            # (the state's loss is the main challenger's; a challenger's, the other challenger the report names, else
            # the state's)
            controller = next((a for a in others if a != controller), None) if controller not in comp.official_actors \
                and any(a != controller for a in others) else _other_side(controller, dominant, comp.official_actors,
                                                                           comp.fall_to)
        if attack_on is not None and not _BY_OR_TO_RE.match(s, ev.end):
            # no one named as the defender: the side the attackers fought ("a Taliban attack ... was repelled")
            attackers = [a[2] for a in actors if attack_on.start() - 30 <= a[0] < attack_on.start("on")]
            said = _applicable(speeches, ev.start)
            own = _classify(said.speaker, comp, CONTESTED)[1] if said is not None else None
            if attackers and own is not None and own != attackers[-1]:
                controller = own  # the NRF's spokesman: "the Taliban attack on Unabah had been repelled": theirs
            else:
                controller = (next(iter(comp.official_actors), None) if attackers
                              and attackers[-1] not in comp.official_actors else (dominant if attackers else None))
        sp = _applicable(speeches, ev.start)
        who = sp.speaker if sp is not None else ""
        if who and comp.generic and side_named_before is not None and _is_generic(who, comp) \
                and (named_side := side_named_before(sp.sp_start)) is not None:
            who = comp.first_alias.get(named_side, who)  # "the group announced" after the NRF was named: the NRF
        if sp is not None and role_of is not None and _BARE_NAME_RE.fullmatch(who) \
                and _classify(who, comp, CONTESTED)[0] == "unknown":
            who = role_of(who) or who  # "..., Ahmadzai said": the Ahmadzai introduced before as a council member
        if ev.name == "retake_pass" and controller is None and sp is not None:
            said_by, said_side = _classify(who, comp, CONTESTED)
            if said_by == "party" and said_side is not None:
                # 'Mujahid said Banu and Deh Salah were "cleared of enemies"': retaken by the speaker's own side
                controller = said_side
        named_before = any(clause_lo <= a[0] < ev.start for a in actors)
        if (controller is None or (not named_before and ev.agent_mode == "subj")) and sp is not None and (
                _OUR_SIDE_RE.search(s, clause_lo, ev.start) or (
                ev.name in ("hold_control", "hold_hands") and _OUR_RE.search(s, ev.start, ev.end)) or (
                ev.agent_mode == "leaver" and _BARE_FORCES_BEFORE_RE.search(s, clause_lo, ev.start)
                and not any(clause_lo <= a[0] < ev.start for a in actors))):
            # '"... our forces are still in control of the city," the governor said': the speaker's side (over a
            # guess: only a speaker who names a side, '"our forces took Khinj," an NRF spokesman said')
            speaker_kind, speaker_side = _classify(who, comp, CONTESTED)
            if speaker_kind == "official" and "former" in who.lower() and (holder := _loss_holder()) is not None \
                    and holder != speaker_side:
                # "a former district police chief, who now commands a local force, said his men had taken Deh Salah":
                # once the state has fallen, its former men who fight on are with those who hold what it lost
                speaker_kind, speaker_side = "party", holder
            if controller is None or speaker_kind == "party":
                controller = speaker_side or controller
            if ev.agent_mode == "leaver" and controller is not None:
                # '"our forces withdrew from Ghormach," the ministry said', "the ministry said forces left the centres
                # of ...": the speaker's side left; the other side has it
                controller = _other_side(controller, dominant, comp.official_actors, comp.fall_to)
        elif sp is None and _OUR_SIDE_RE.search(s, clause_lo, ev.start) \
                and not any(clause_lo <= a[0] < ev.start for a in actors) \
                and (own := _classify(source, comp, CONTESTED))[0] == "party":
            controller = own[1]  # "TALIBAN SPOKESMAN: ... our forces took Unaba": the line's speaker's side
            if ev.agent_mode == "leaver":
                controller = _other_side(controller, dominant, comp.official_actors, comp.fall_to)
        if ev.name == "retake_out" and controller is not None and controller != CONTESTED and (
                expelled := next((a[2] for a in actors if ev.start < a[0] < ev.end), None)) is not None and (
                expelled == controller or (controller in comp.official_actors
                                           and (holder := _loss_holder()) not in (None, controller)
                                           and not any(clause_lo <= a[0] < ev.start and a[2] == controller
                                                       for a in actors))):
            # '"they drove the Taliban out of three district centres"', with "they" read as the Taliban: those who
            # drove a side out are never that side; once the state has fallen, they are not the state's men either
            # ("a commander of the local forces said his men had driven the Taliban out")
            controller = _other_side(expelled, dominant, comp.official_actors, comp.fall_to)
        if nobody:
            controller = CONTESTED  # "neither side is in full control", "not in anyone's hands"
        if controller is None:
            continue
        if sp is not None:
            # "A senior security official, speaking on condition of anonymity": the official
            attribution = _ANONYMITY_RE.sub("", sp.speaker) or sp.speaker
            status_kind, side = _classify(who, comp, controller)
            if controller != CONTESTED and ev.agent_mode not in ("leaver", "loser") and (
                    status_kind in ("unknown", "independent") or (
                    status_kind == "official" and side is not None and side != controller)) \
                    and (own := _OUR_SIDE_RE.search(s, max(clause_lo, sp.verb_end), ev.start)) is not None \
                    and own.group().lower() != "we":
                # "a commander of the uprising said his men had recaptured Banu": whoever tells of his own men's deed
                # speaks for their side
                status_kind, side = "party", controller
        else:
            # the report's own voice; a statement of a side published as the report ("source: Taliban statement")
            # speaks for that side
            attribution, (status_kind, side) = source, _classify(source, comp, controller)
            if status_kind != "party":
                status_kind, side = "reporter", None
            if low.startswith(("decl", "claim"), ev.start) and controller not in comp.official_actors and (
                    declarer := next((a for a in reversed(actors) if clause_lo <= a[0] < ev.start), None)) is not None \
                    and declarer[2] == controller:
                # "The Taliban declared victory in Panjshir": the side's own word
                attribution, status_kind, side = s[declarer[0]:declarer[1]], "party", controller
        if status_kind == "party" and (side == controller or controller == CONTESTED):
            # (a side's own word that a place is surrounded or fought over is its claim too)
            status = Status.CLAIMED
        elif ("report" in low or "alleg" in low or "said to" in low or "purport" in low or "suppos" in low) \
                and _HEARSAY_RE.search(s, max(0, clause_lo - 20), ev.start):
            status = Status.CLAIMED  # "The Taliban reportedly captured Kunduz": heard, not verified
        elif sp is not None and _UNVERIFIED_SPEAKER_RE.search(who):
            status = Status.CLAIMED  # "Several Facebook pages had posted that ...": nobody answers for it
        elif sp is None and ("by " in low) and (media := _PARTY_MEDIA_RE.search(s, 0, ev.start)) is not None \
                and _classify(media.group("by"), comp, controller)[0] == "party":
            # "Images released by the Taliban on Monday showed fighters raising their flag in Bazarak": the side's own
            # pictures, its word
            status, attribution = Status.CLAIMED, media.group("by")
        else:
            status = Status.CONFIRMED
        # "Zaranj and Sheberghan, which fell on Friday and Saturday (respectively)": each place its own day, in order
        own_day: dict[int, int] = {}
        if len(targets) > 1 and len(cues) > 1 and all(x.end <= ev.start for x, _ in targets):
            days = [i for i, c in enumerate(cues) if ev.end <= c.start and c.end <= hard_hi and i not in speech_cue_idx
                    and c.kind in _DAY_CUE_KINDS]
            if len(days) == len(targets) and all(_AND_DAYS_GAP_RE.fullmatch(s, cues[a].end, cues[b].start)
                                                 for a, b in zip(days, days[1:])):
                own_day = dict(zip(sorted(x.start for x, _ in targets), days))
        for t, conf in targets:
            if t.place is None:
                if t.text not in unresolved and t.text.casefold() not in comp.foreign:
                    unresolved.append(t.text)  # (a place abroad is no gap of the gazetteer)
                continue
            if sp is not None and sp.denial and not _ASSERTS_RE.search(s, sp.verb_end, ev.start):
                if controller == CONTESTED:
                    continue  # "The Taliban denied that they had attacked Bamiyan": no claim either way
                if side is not None and side == controller:
                    # "the Taliban spokesman denied the district had been lost": the loss of their own hold, which
                    # is the other side's claim (left to the denial of the claims before)
                    continue
                denials.append((t.place.id, side, controller, sent, t.start, t.text, conf, attribution, t.place,
                                event_date, precision))
                continue
            t_controller, t_kind = controller, ev.kind
            if ev.kind == "capture" and t.place.kind != "province" and still_fought:
                # "fighters had entered the city, but security forces were still resisting": fought over
                t_controller, t_kind = CONTESTED, "contest"
            if ev.kind == "hold" and controller == CONTESTED:
                t_kind = "contest"  # "neither side is in full control": fought over (the controller was set above)
            elif t.start >= ev.end and ev.kind in ("hold", "capture") and _POSS_PART_RE.match(s, t.end):
                t_controller, t_kind = CONTESTED, "contest"  # "NSAG control the city's eastern neighbourhoods"
            elif ev.kind == "hold" and t.end <= ev.start and _PART_BEFORE_RE.search(s, max(0, t.start - 40), t.start):
                t_controller, t_kind = CONTESTED, "contest"  # "much of the city was in Taliban hands": fought over
            elif t.start > ev.end and not _PART_OF_PLACES_RE.search(s, ev.end, t.start) and (
                    (ev.kind == "hold" and _PART_RE.search(s, ev.end, t.start)) or (
                    ev.kind == "capture" and t.place.kind != "province" and _PART_TAKEN_RE.search(s, ev.end, t.start))):
                # "still controlled only a handful of buildings in the city", "overran large parts of Kunduz", "lost
                # control of large parts of the city": the rest is fought over
                t_controller, t_kind = CONTESTED, "contest"
            prior = taken.get(t.place.id)
            entering = t_kind == "capture" and low.startswith("ent", ev.start)
            if entering and _BRIEF_ENTRY_RE.search(s, ev.end) is not None:
                # "entered the city ..., before being pushed back", "briefly seizing the police headquarters": in and
                # out again, fought over
                t_controller, t_kind, entering = CONTESTED, "contest", False
            if entering:
                entered.add(t.place.id)
            if prior is not None and ((prior.kind == "contest" and entering) or (
                    t_kind == "contest" and prior.kind == "capture" and t.place.id in entered)) and (
                    prior.event_date is None or event_date is None or prior.event_date == event_date):
                # "fighting was under way in Herat city, where militants entered the city": entered, not yet taken
                if prior.kind == "contest":
                    continue
                drafts.remove(prior)
            elif prior is not None and ((prior.kind == "contest") != (t_kind == "contest")
                                        or prior.controller != t_controller) and prior.event_date \
                    and event_date and prior.event_date != event_date:
                # "fighting was continuing on Thursday in X, a day after the Taliban entered the city", "recaptured
                # Chimtal on Sunday, which fell to the Taliban on July 17": both days
                pass
            elif prior is not None:
                if (prior.kind == "contest" and t_kind != "contest") or (
                        # "soldiers who had retreated to the airport surrendered it to the Taliban": the change
                        prior.kind == "hold" and t_kind in ("capture", "retake") and prior.controller != t_controller
                        and t.start > prior.start) or (
                        ev.name == "retake_driven" and prior.controller != t_controller) or (
                        prior.controller == t_controller and prior.status is Status.CLAIMED
                        and status is Status.CONFIRMED) or (
                        prior.controller == t_controller and prior.status is status and (
                            prior.kind == t_kind or prior.kind == "hold" and t_kind in ("capture", "retake"))
                        and prior.event_date is None and event_date is not None):
                    # "The Taliban said they had taken X; residents confirmed the city had fallen": the stronger;
                    # "took Muqur and Gelan; Gelan ... fell on July 14", "The Taliban hold Aybak, which they seized on
                    # Monday": the dated
                    drafts.remove(prior)
                elif not (ev.kind == "retake" and prior.controller != t_controller and (
                        t.start > prior.start or (t.start == prior.start and (
                            # "Dowlatabad, lost earlier this week, was recaptured on Tuesday": one name, both events
                            prior.event_date is None or event_date is None or event_date >= prior.event_date)))):
                    continue  # (but "had overrun Qala-e-Naw, but government forces retook it": both, in that order)
            t_date, t_precision = event_date, precision
            if len(targets) > 1 and t.start > ev.end and cues:
                # "took Zaranj on Friday and Sheberghan on Saturday": an item of a list followed by its own day
                nxt = min((x.start for x, _ in targets if x.start > t.start),
                          default=len(s) if t.start == dated_item else hard_hi)
                for i, c in enumerate(cues):
                    if c.start >= t.end and c.end <= nxt and i not in speech_cue_idx and c.kind == "next" \
                            and event_date is not None and _ITEM_DATE_GAP_RE.fullmatch(s, t.end, c.start):
                        # "fell on Saturday, and Jalalabad the following morning": the day after the event's
                        t_date, t_precision = resolve_cue(c, published, previous=event_date)
                        t_date = t_date or event_date
                        break
                    if c.start >= t.end and c.end <= nxt and i not in speech_cue_idx and c.kind in _DAY_CUE_KINDS \
                            and _ITEM_DATE_GAP_RE.fullmatch(s, t.end, c.start):
                        if i not in cue_dates:
                            cue_dates[i] = resolve_cue(c, published, reference=speech_date or narrative)
                        if cue_dates[i][0] is not None:
                            t_date, t_precision = cue_dates[i]
                        break
            if (i := own_day.get(t.start)) is not None:
                if i not in cue_dates:
                    cue_dates[i] = resolve_cue(cues[i], published, reference=speech_date or narrative)
                if cue_dates[i][0] is not None:
                    t_date, t_precision = cue_dates[i]
            d = _Draft(t.place, t.text, t_controller, status, t_date, t_precision, attribution, sent,
                       t.start, round(conf, 3), t_kind, 0, entering, said_day and t_date == event_date)
            taken[t.place.id] = d
            drafts.append(d)
            if ev.kind == "capture" and t_kind == "capture" and (ex := _EXCEPT_RE.match(s, t.end)) is not None:
                # "taken the whole city except the airport": the place left out stays with the other side
                other = (dominant if t_controller in comp.official_actors
                         else next(iter(comp.official_actors), None))
                kept = next((x for x in cand if ex.end() - 5 <= x.start <= ex.end() + 5 and x.place is not None
                             and x.place.id not in taken), None)
                if kept is not None and kept.ref and kept.place.kind == "airport" and t.place.kind in ("city", "district"):
                    own = comp.resolve(f"{t.place.name} airport") or comp.resolve(f"{_ascii_name(t.place)} airport")
                    kept = replace(kept, place=own[0]) if own else None  # the airport of the city just taken
                if other is not None and other != t_controller and kept is not None:
                    k = _Draft(kept.place, kept.text, other, status, None, DatePrecision.UNKNOWN, attribution, sent,
                               kept.start, round(kept.confidence * 0.8, 3), "hold", 0)
                    taken[kept.place.id] = k
                    drafts.append(k)
            # "..., a claim the resistance rejected", "..., a claim the governor's office called propaganda": the same
            if ", a claim" in low or ", claims" in low or ", an assertion" in low:
                rejected = _CLAIM_REJECTED_RE.search(s, t.end) or _CLAIM_REJECTED_BY_RE.search(s, t.end)
                if rejected is not None and not _TRIGGER_RE.search(s, t.end, rejected.start()) and (
                        rejecter := _classify(rejected.group("who"), comp, controller))[0] in ("party", "official"):
                    denials.append((t.place.id, rejecter[1], controller, sent, t.start, t.text, conf,
                                    rejected.group("who"), t.place, event_date, precision))
            # "..., a claim denied by the interior ministry": a passive denial after the claim disputes it
            for other in speeches:
                if other.denial and other is not sp and other.verb_start > t.end and other.sp_start > other.verb_start:
                    denials.append((t.place.id, _classify(other.speaker, comp, controller)[1], controller, sent,
                                    t.start, t.text, conf, other.speaker, t.place, event_date, precision))
    if drafts and (" as " in low or "that of " in low) and (alike := _AS_DID_RE.search(s)) is not None:
        # "Lashkar Gah was given up the same day, as were Qalat in Zabul and Tarinkot in Uruzgan": the same again
        head = next((d for d in reversed(drafts) if d.start < alike.start()), None)
        if head is not None:
            again = _same_again(s, alike.end(), cand, head, taken, sent)
            if again and " of" in alike.group().lower():
                # "was followed today by that of Pul-e-Khumri", "and that of Deh Salah on Friday": its own day
                own = next((i for i, c in enumerate(cues) if c.kind in _DAY_CUE_KINDS and i not in speech_cue_idx
                            and alike.start() <= c.start and c.end <= min(_end_of_sentence_part(s, again[-1].start),
                                                                         again[-1].start + 40)), None)
                if own is not None and (day := resolve_cue(cues[own], published, reference=speech_date or narrative))[0]:
                    for d in again:
                        d.event_date, d.precision = day
            drafts.extend(again)
    if drafts and ("after " in low or "following " in low) and (prior := _PRIOR_FALLS_RE.search(s)) is not None:
        # "Aibak is the sixth provincial capital to fall to the Taliban in four days, after Zaranj, Sheberghan and
        # Kunduz": the places listed fell before it, to the same side, on the same word (their days are not given)
        head = next((d for d in drafts if d.kind == "capture" and d.start < prior.start()), None)
        if head is not None:
            end = prior.end()
            for x in cand:
                if x.start < end:
                    continue
                if not _LIST_GAP_RE.fullmatch(s, end, x.start) and x.start != end:
                    break
                end = x.end
                if x.place is not None and x.place.id not in taken and x.place.id != head.place.id:
                    d = _Draft(x.place, x.text, head.controller, head.status, None, DatePrecision.UNKNOWN,
                               head.attribution, sent, x.start, round(x.confidence * 0.8, 3), "capture", 0)
                    taken[x.place.id] = d
                    drafts.append(d)
    for d in drafts:
        if d.kind == "capture" and d.place.id in entered and any(f > d.start for f in untargeted_fights):
            # '"The enemy entered the city yesterday. Our forces are fighting them in the streets"': entered, not taken
            d.controller, d.kind = CONTESTED, "contest"
    if retracted:
        # "Correction: an earlier entry said the Taliban had captured Lashkar Gah": no claim, and none left standing
        for d in drafts:
            d.retraction = True
        denials = []
    return _SentenceResult(drafts, denials, unresolved, new_narrative, surrenders, named[-1] if named else None,
                           bool(untargeted_fights))


def _same_again(s: str, at: int, cand: list[_Mention], head: _Draft, taken: dict[str, _Draft], sent: Span
                ) -> list[_Draft]:
    """The places listed from `at` on, each given `head`'s claim ("..., as were Qalat and Tarinkot", "So do Bamyan and
    Charikar"): a list of names with their regions or appositions, up to the end of the clause."""
    out: list[_Draft] = []
    end = at
    for x in cand:
        if x.start < at:
            continue
        gap = s[end:x.start]
        if x.start != at and not (_LIST_GAP_RE.fullmatch(gap) or _IN_RE.match(gap)
                                  or _APPOS_AND_RE.fullmatch(gap) or _REGION_SEP_RE.fullmatch(gap)):
            if _STOP_PUNCT_RE.search(gap) or len(gap) > 60 or _LANDMARK_RE.search(gap):
                break  # ("as did Ghazni, on the highway to Kabul": a landmark ends the list)
        end = x.end
        if _IN_RE.match(gap) and out and x.place is not None and x.place.kind == "province":
            continue  # "Qalat in Zabul": the province places the city
        if x.place is not None and x.place.id not in taken and x.place.id != head.place.id:
            d = _Draft(x.place, x.text, head.controller, head.status, head.event_date, head.precision, head.attribution,
                       sent, x.start, round(x.confidence * 0.85, 3), head.kind, 0)
            taken[x.place.id] = d
            out.append(d)
    return out


def _it_object(s: str, ev: _Event, cand: list[_Mention], context: Place | None) -> list[tuple[_Mention, float]]:
    """ "the insurgents had taken it": the city named last before the verb, else the last city of earlier text."""
    it = _IT_OBJ_RE.match(s, ev.end)
    if it is None:
        return []
    towns = [x.place for x in cand if x.end <= ev.start and x.place is not None
             and x.place.kind in _TOWN_KINDS
             and not _FROM_TO_RE.search(s, max(0, x.start - 12), x.start)  # ("flown in from Mazar-i-Sharif took it")
             and not _BEARING_RE.search(s, max(0, x.start - 50), x.start)]  # ("the base north of Kabul ... handed it")
    # ("slipped out of the base and handed it over": the base)
    place = towns[-1] if towns else context
    if place is None or place.kind not in _TOWN_KINDS:
        return []
    return [(_Mention(it.start("it"), it.end("it"), it.group("it"), place, 0.7, ref=True), 0.7)]


# "rejected the claim, saying the district is under the control of the security forces": what the denier says
# next is asserted, not denied
_ASSERTS_RE = re.compile(r"(?:,\s*|\s+and\s+)(?:saying|adding|insisting|stressing|telling|claiming|said|says|added|insisted|"
                         r"told)\b")
_N_DAYS = r"\b(?P<n>" + "|".join(NUMBER_WORDS) + r"|\d{1,2})\s+(?:full\s+)?days?\s+"
_DAYS_APART_RE = re.compile(_N_DAYS + r"(?P<dir>after|before)\s*$", re.IGNORECASE)
# "..., a day after the insurgents captured Zaranj": what comes after it is background to the sentence's news
_DAYS_APART_BEFORE_RE = re.compile(_N_DAYS + r"(?P<dir>after|before)\b", re.IGNORECASE)
_DAYS_EARLIER_RE = re.compile(_N_DAYS + r"(?P<dir>earlier|before|later)\b(?!\s+(?:than|the|a|an|it|they|he|she|we)\b)",
                              re.IGNORECASE)
# A sentence that happened the same day as the one before: "Hours before, ...", "Earlier in the day, ..."
_SAME_DAY_RE = re.compile(r"\s*(?:(?:Hours|Minutes|Moments)\s+(?:before|earlier|later)|(?:(?:Earlier|Later)\s+)?(?:in\s+the|that|"
                          r"on\s+the\s+same|the\s+same)\s+(?:day|morning|afternoon|evening)|(?:Earlier|Later)\s+(?:in\s+the|that)\s+"
                          r"(?:day|morning|afternoon|evening))\b")
_OUR_SIDE_RE = re.compile(r"\b(?:(?:our|my)\s+(?:own\s+)?(?:brave\s+)?(?:security\s+|armed\s+|defence\s+|defense\s+)?"
                          r"(?:forces|troops|soldiers|fighters|men|mujahideen|mujahidin|police|commandos)|we"
                          # (reported: "a commander said his men had recaptured Banu")
                          r"|(?:his|her)\s+(?:own\s+)?(?:men|fighters|forces|troops))\b",
                          re.IGNORECASE)
_STILL_FOUGHT_RE = re.compile(r"\b(?:but|while|although|though|yet)\b[^.;]{0,80}?\b(?:(?:were|was|are|is)\s+)?still\s+"
                              r"(?:resisting|fighting|holding\s+out|putting\s+up\s+(?:a\s+)?(?:fierce\s+)?resistance)\b"
                              r"|\b(?:but|and)\s+(?:that\s+)?(?:the\s+)?(?:heavy\s+|fierce\s+)?(?:fighting|clashes|resistance)\s+(?:continued|"
                              r"continues|(?:was|were|is|are)\s+(?:still\s+)?(?:continuing|going\s+on|raging|under\s+way)|went\s+on|"
                              r"raged)\b", re.IGNORECASE)
_EXCEPT_RE = re.compile(r"\s*,?\s*(?:except|apart\s+from|but\s+not)(?:\s+for)?\s+")
_OUR_RE = re.compile(r"\bour\b", re.IGNORECASE)  # "under our control", "in our hands"
_SCARE_QUOTE_RE = re.compile(r"(?<![\w,.])[“\"](?:(?:[\w\-’']+\s){0,2}"
                             # (or a quoted noun phrase: '"the whole of Nimroz province" was now under their control')
                             r"|(?:the|a|an|all|most|much|large|parts?)\s(?:[\w\-’']+\s){0,5})[\w\-’']+[”\"](?=\s+[\w“\"])")
# "the Andarab districts of Deh Salah, Banu and Pul-i-Hisar": the first name only says which districts
_QUALIFIES_LIST_RE = re.compile(r"\s+(?:districts|towns|villages|cities|provincial\s+capitals)\s+(?:of|in)\b")
_OF_IN_RE = re.compile(r"\s+(?:of|in)\b")
_AT_PLACE_RE = re.compile(r"\s+(?:at|in|of|outside|near)\s+(?:the\s+(?:city|town)\s+of\s+)?")
# Speakers nobody answers for: social media, rumours ("Several Facebook pages had posted that ...").
_PARTY_MEDIA_RE = re.compile(r"\b(?:images?|videos?|footage|pictures?|photos?|photographs?|clips?)\s+(?:[\w\-]+\s+){0,3}?"
                             r"(?:released|posted|shared|published|distributed|issued|circulated|put\s+out)\s+"
                             r"(?:(?:on|late|early)\s+\w+\s+)?by\s+(?P<by>(?:the\s+)?[\w\-’' ]{2,40}?)"
                             r"(?=\s+(?:on|late|early|showed|show|shows|appeared|appear|appears|purport\w*)\b|\s*,)",
                             re.IGNORECASE)
_UNVERIFIED_SPEAKER_RE = re.compile(r"\b(?:social\s+media|facebook|telegram|whatsapp|tiktok|rumou?rs?|unverified|"
                                    r"(?<!their\s)(?<!its\s)(?<!his\s)(?<!our\s)posts|"  # (not "abandoned their posts")
                                    r"unconfirmed|anonymous\s+accounts?)\b", re.IGNORECASE)
_HEARSAY_RE = re.compile(r"\b(?:reportedly|allegedly|purportedly|supposedly)\s+(?:[\w\-]+\s+){0,2}$"
                         r"|\b(?:said|reported|rumou?red)\s+to\s+have\s+(?:been\s+)?$"
                         r"|\breports\s+(?:that|of)\s+(?:[\w\-’']+\s+){0,4}$", re.IGNORECASE)
_BRIEFLY_RE = re.compile(r"\b(?:briefly|brief|temporary|short-lived)\s+(?:\w+\s+)?$", re.IGNORECASE)
_NTH_TO_FALL_RE = re.compile(r"\b(?:is|was|becomes|became|has\s+become|had\s+become)\s+(?:also\s+)?(?:the\s+)?(?:first|second|third|"
                             r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th)|latest|"
                             r"last|only|biggest|largest)\s+(?:[\w\-]+\s+){0,3}to\s+$", re.IGNORECASE)
_BY_MEANS_RE = re.compile(r"\s*(?:(?:tele|satellite\s+|mobile\s+)?phone|telephone|text(?:\s+message)?|e-?mail|video(?:\s+link)?|"
                          r"WhatsApp|Signal|Telegram|message|voice\s+message|audio\s+message|radio)\b", re.IGNORECASE)
_DENIED_NOUN_RE = re.compile(r"\bthe\s+(province|valley|district|districts|city|town|airport)\b", re.IGNORECASE)
_SIDE_CLAIM_NOUN_RE = re.compile(r"\b(?:deni\w*|reject\w*|dismiss\w*|refut\w*|disput\w*|contradict\w*)\s+(?:the\s+)?"
                                 r"(?P<who>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)[’']s?\s+(?:claims?|announcement|statement|"
                                 r"assertion|account|version)\b")
_APPOSITION_OF_RE = re.compile(r"[\w\-],\s+(?:the|a|an|its)\s+(?:[\w\-]+\s+){0,3}?(?:of|in)\s+$", re.IGNORECASE)
_DENY_VERB_RE = re.compile(r"\b(?:deni|deny|reject|dismiss|refut|disput|contradict)", re.IGNORECASE)
_CROSSING_AFTER_RE = re.compile(r"\s+(?:border\s+)?(?:crossing|crossing\s+point|border\s+post|gate)\b", re.IGNORECASE)
# "Islam Qala, Afghanistan's biggest border crossing with Iran": a crossing named by its apposition
_CROSSING_APPOS_RE = re.compile(r"\s*,\s+(?:the\s+|a\s+|[\w\-]+[’']s\s+)?(?:(?:biggest|largest|main|busiest|key|major|second|"
                                r"other|important|strategic|only)\s+)?(?:(?:border|trade|commercial)\s+)?(?:crossing|"
                                r"crossing\s+point|border\s+post)\b", re.IGNORECASE)
_NOUN_KINDS = {"province": ("province",), "valley": ("province",), "district": ("city", "district"),
               "districts": ("city", "district"), "city": ("city",), "town": ("city", "district"), "airport": ("airport",)}
_IN_BEFORE_RE = re.compile(r"\b(?:in|of)\s+(?:the\s+)?(?:[\w\-]+\s+)?$", re.IGNORECASE)
# (the name, then an apposition: "Kunduz city, the provincial capital, which ..."; without one, as in "the airport
# outside the city, which ...", the clause may be about either)
_COMMA_ONLY_RE = re.compile(r",\s*")
_REL_RIGHT_AFTER_RE = re.compile(r",\s*(?:which|that)\s+(?:\w+\s+){0,2}")
_REL_LEAD_RE = re.compile(r",\s*(?:which|that)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_AND_OR_RE = re.compile(r"\b(?:and|or)\b|&", re.IGNORECASE)
# "the airport outside the city, which ...": the clause may be about either, so about neither
_BESIDE_BEFORE_RE = re.compile(r"\b(?:outside|near|around|beyond|beside|next\s+to|of|from)\s+(?:the\s+)?(?:[\w\-]+\s+)?$",
                               re.IGNORECASE)
# (also after what the place names and where it leads: "the Spin Boldak crossing with Pakistan, which the Taliban seized")
_WHICH_RIGHT_AFTER_RE = re.compile(r"(?:\s+(?:border\s+)?(?:crossing|airport|air\s+base|base)(?:\s+(?:with|to|into)\s+[A-Z][\w\-]+)?)?"
                                   r",\s*(?:which|that)\s+(?:[\w\-]+\s+){0,3}", re.IGNORECASE)
_OF_BEFORE_RE = re.compile(r"\bof\s+(?:the\s+)?(?:[\w\-]+\s+)?$", re.IGNORECASE)
_REL_ANTECEDENT_RE = re.compile(r",\s*(?:the\s+)?[\w\-’' ]{1,40},\s*(?:which|that)\s+(?:\w+\s+){0,2}")
# "the loss of its capital would be a blow": a consequence weighed, not an event
_WOULD_AFTER_RE = re.compile(r"^[^,;.]{0,60}?(?:,\s*if\s+(?:confirmed|true|verified|so)\s*,[^,;.]{0,10}?)?"
                             r"\b(?:would|could|might|will)\b", re.IGNORECASE)
_DEEPER_RE = re.compile(r"\b(?:deeper|further|farther)\b", re.IGNORECASE)
_ACROSS_END_RE = re.compile(r"\b(?:across|throughout)\s+(?:the\s+)?(?:provinces?\s+of\s+)?$", re.IGNORECASE)
_OUTSKIRTS_OF_RE = re.compile(r"\b(?:outskirts|edges?|gates|approaches)\s+of\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}$", re.IGNORECASE)
_CLEARED_OF_RE = re.compile(r"\b(?:cleared|cleansed|freed|purged|rid)\s+of\s+(?:the\s+)?(?:[\w\-]+\s+)?$", re.IGNORECASE)
_TIME_TIE_RE = re.compile(r"[\s,]*(?:(?:shortly|soon|just|long|only\s+\w+|(?:a\s+few|several|two|three|some)\s+"
                          r"(?:days|weeks|months))\s+)?(?:before|after|until|till|when)\b", re.IGNORECASE)
_PART_END_RE = re.compile(r"[;.!?]")
# (and a cleft: "it was only in August 1998 that the city fell")
_TIME_TIE_BEFORE_RE = re.compile(r"\b(?:before|after|until|till|when)\s*$"
                                 r"|\bit\s+(?:was|is)\s+(?:only\s+|not\s+until\s+)?(?:in|on)\s+[^,;]{1,30}?\s+that\s*$",
                                 re.IGNORECASE)
_YEAR_AS_TIME_RE = re.compile(r"(?:\b(?:in|on|of)|[A-Z][a-z]+|\d{1,2},?)\s+$")


def _end_of_sentence_part(s: str, at: int) -> int:
    """Where the part of `s` from `at` ends: its next ";", "." or the end."""
    m = _PART_END_RE.search(s, at)
    return m.start() if m is not None else len(s)


def _start_of_sentence_part(s: str, at: int) -> int:
    """Where the part of `s` that holds `at` starts: after its last ";" or "." before `at`."""
    return max(s.rfind(";", 0, at), s.rfind(". ", 0, at)) + 1


def _past_year_in(s: str, lo: int, hi: int, year: int) -> bool:
    """Whether s[lo:hi] dates something more than two years before `year` ("in 2001", "on 26 November 2001"; not "the
    2001 invasion", nor a year the present is measured against: "since 2001"). A year or two back is the recent past an
    anniversary piece tells, not another age (see _RECENT_PAST_DAYS)."""
    return any(int(m.group(1)) < year - _RECENT_PAST_DAYS // 365
               and _YEAR_AS_TIME_RE.search(s, max(0, m.start() - 12), m.start()) is not None
               and not _MEASURED_SINCE_RE.search(s, max(0, m.start() - 12), m.start())
               for m in _YEAR_RE.finditer(s, lo, hi))


_AND_JOINED_RE = re.compile(r",\s*and\s*$")
_BUT_JOINED_RE = re.compile(r",\s*but\b")
# "returned to Lashkar Gah to help Afghan commanders": advisers, who hold nothing
_TO_ADVISE_RE = re.compile(r"\s+(?:on\s+\w+\s+)?to\s+(?:help|advise|assist|train|support|mentor|back|aid|evacuate|negotiate|"
                           r"talk|meet|visit|attend|report)\b", re.IGNORECASE)
_DAY_SUBJECT_RE = re.compile(r"(?:then\s+came\s+|and\s+then\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|"
                             r"sunday),?\s+)?", re.IGNORECASE)
_DAY_SUBJECT_END_RE = re.compile(r"\s*(?:[.:]\s*$|\s(?:was|brought|saw|began|started|dawned)\b)", re.IGNORECASE)
_MONTH_STARTS = frozenset(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))
# a heading's weekday and its day of the month ("Thu", "Saturday"; "12 Aug", "August 14th", with a year or not)
_HEAD_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun)"
_HEAD_DATE = (r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?)"
              r"(?:,?\s+\d{4})?")
# "Thu 12 Aug, 22.30 BST – ": a day and a time before an entry's title
_DAY_TIME_HEADING_RE = re.compile(
    r"\s*" + _HEAD_WEEKDAY + r"\.?,?\s+" + _HEAD_DATE
    + r"(?:,?\s+\d{1,2}[:.]\d{2}\s*" + _TIME_ZONES + r"?)?\s*[-–—:|]\s+", re.IGNORECASE)
# A line that is only a day: "Saturday, 14 August", "14 Aug 2021", "August 14, 2021", "Sat 14 August"
_DAY_HEADING_RE = re.compile(r"\s*" + _HEAD_WEEKDAY + r"?\.?,?\s*" + _HEAD_DATE + r"\s*[:.]?\s*", re.IGNORECASE)
# A predicate with no subject of its own after ", and" ("..., and remained under government control")
_BARE_PREDICATE_RE = re.compile(r"\s*(?:(?:still|also|has|have|had|is|was|were|are|been|remains?|remained|stays?|stayed|"
                                r"now|firmly|later|then)\s+)*", re.IGNORECASE)
_AND_BOUND_RE = re.compile(r",\s*and\s*$")
# What may open a clause before its subject: an article, "the city of", a dateline's dash
_SUBJECT_LEAD_RE = re.compile(r"\s*(?:the\s+)?(?:(?:city|town|district|province)\s+of\s+)?", re.IGNORECASE)
_LANDMARK_BEFORE_RE = re.compile(r"\b(?:of|from|outside|near|towards?|beyond|around|to)\s+$", re.IGNORECASE)
# "... in Panjshir province this week, particularly in Khinj": a part of the place named before, fought over too
_PARTICULARLY_RE = re.compile(r"[^.;:]{0,30}?,?\s*(?:particularly|especially|notably|mainly|mostly)\s+(?:in\s+)?(?:the\s+)?",
                              re.IGNORECASE)
# A thing, not a place, right before "held by" / "controlled by": "territory controlled by the insurgents"
_HELD_NOUN_RE = re.compile(r"\b(?:territory|territories|areas?|land|lands|villages?|roads?|highways?|posts?|checkpoints?|"
                           r"positions?|parts|countryside|regions?|zones?|pockets?|outposts?|ground|swathes?|"
                           r"swaths?)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# "were lost today, including ...": the list a counted subject includes, after its verb
_COUNT_INCLUDES_RE = re.compile(r"[^.;:,]{0,40}?,?\s+(?:including|among\s+them)\s+(?:the\s+city\s+of\s+)?", re.IGNORECASE)
# "..., as were Qalat and Tarinkot", "..., as did Qala-i-Naw": the same event again, for the places named next
# (and "The fall of Kunduz was followed within hours by that of Taloqan", "the capture of Herat and that of Ghazni")
_AS_DID_RE = re.compile(r",?\s+as\s+(?:was|were|did|does|do|had|has|have|is|are)\s+(?:also\s+)?(?:the\s+)?"
                        r"|\b(?:followed|preceded)\s+(?:[\w\-]+\s+){0,3}?by\s+(?:those|that)\s+of\s+(?:the\s+)?"
                        r"|,?\s+and\s+(?:then\s+)?(?:those|that)\s+of\s+(?:the\s+)?", re.IGNORECASE)
# "So do Bamyan and Charikar.": the state the sentence before gave, for the places named
_SO_DO_RE = re.compile(r"\s*(?:And\s+)?so\s+(?:do|does|did|is|are|was|were|has|have|had)\s+(?:the\s+)?", re.IGNORECASE)
# "the sixth provincial capital to fall to the Taliban in four days, after ...": the places that fell before it
_PRIOR_FALLS_RE = re.compile(
    r"\b(?:capital|city|cities|capitals|district|districts|town|towns|centre|center)\s+(?:to\s+"
    r"(?:fall|be\s+(?:taken|captured|overrun|seized|lost))|(?:taken|captured|overrun|seized|lost)\s+by)\b[^.;:]{0,60}?,?\s+"
    r"(?:after|following)\s+", re.IGNORECASE)
# How far back a date given without its year may lie and still be this year's news ("on August 8" in September)
_YEARLESS_RECENT_DAYS = 120
# A time set before the sentence's first comma: "In September 1996, after a long siege, the Taliban captured Kabul"
_LEAD_YEAR_RE = re.compile(
    r"\W*(?:(?:back|later|early|late|and|then)\s+)?(?:in|by|on|during|until|after|from|throughout)\s+"
    r"(?:[\w.]+\s+){0,3}?((?:19|20)\d\d)s?\s*,", re.IGNORECASE)
_STATEMENT_HEADING_RE = re.compile(r"\s*(?:(?:full\s+|unofficial\s+)?(?:text|translation)\s+of\s+)?(?:the\s+|a\s+)?"
                                   r"(?:press\s+)?statement\s+(?:of|by|from)\s+(?:the\s+)?(?P<who>[^,:;\n]{2,60}?)"
                                   r"(?:\s+(?:regarding|on|about|concerning)\b[^\n]*)?\s*$", re.IGNORECASE)
_LIST_AND_RE = re.compile(r",\s+and\s+(?:the\s+)?")
_CLAUSE_GOES_ON_RE = re.compile(r"[’']?s?\s+(?:(?:also|still|now|later|then|quickly|soon)\s+)?(?:is|are|was|were|has|have|"
                                r"had|remains?|remained|will|would|could|fell|falls|fallen|surrendered)\b",
                                re.IGNORECASE)


def _list_commas(s: str, cand: list[_Mention]) -> set[int]:
    """Offsets of ", and" commas that join the last name of a list to the one before it."""
    ends = {x.end for x in cand}
    starts = {x.start: x for x in cand}
    out = set()
    for m in _LIST_AND_RE.finditer(s):
        y = starts.get(m.end())
        if y is not None and m.start() not in ends and any(
                x.end < m.start() and (_APPOS_AND_RE.fullmatch(s, x.end, s.index("and", m.start()) + 4)
                                       or _REGION_TAIL_RE.fullmatch(s, x.end, m.start()))
                for x in cand):
            # "Sar-e Pul, capital of the province of the same name, and Taloqan", "Pul-e Khumri in the north, and Farah"
            ends.add(m.start())
        if m.start() in ends and y is not None and not _CLAUSE_GOES_ON_RE.match(s, y.end) \
                and not _TRIGGER_RE.match(s, y.end + len(s[y.end:]) - len(s[y.end:].lstrip())):
            out.add(m.start())
    return out


def _fronted(s: str, ev: _Event, cand: list[_Mention], valleys: frozenset[str] = frozenset()
             ) -> list[tuple[_Mention, float]]:
    """Fighting whose place opens the sentence: "In the provincial capital Lashkar Gah, fighting raged"."""
    for x in cand:
        if x.end > ev.start:
            break
        if _FRONT_IN_RE.fullmatch(s, 0, x.start) and _FRONT_GAP_RE.fullmatch(s, x.end, ev.start) \
                and not _TRIGGER_RE.search(s, x.end, ev.start) and (
                    not (said := _SPEECH_RE.search(s, x.end, ev.start)) or _LOCAL_VOICE_RE.fullmatch(s, x.end, said.start())) \
                and (x.place is None or x.place.kind != "province" or _VALLEY_RE.match(s, x.end)
                     or x.place.id in valleys):
            # (also "In Herat, residents said fighting continued": those who live there tell of it; not "In Kabul,
            # officials said ...", who may speak of anywhere)
            return [(x, x.confidence * 0.9)]
    return []


def _fronted_hold(s: str, ev: _Event, cand: list[_Mention], comp: _Compiled) -> list[tuple[_Mention, float]]:
    """A hold with no object, its place set first: "In nearby Aliabad district, which fell in June, the Taliban are
    still in control", "In the Panjshir valley, resistance forces are still holding out"."""
    x = next((x for x in cand if x.place is not None), None)
    if x is not None and x.end <= ev.start and _FRONT_HOLD_IN_RE.fullmatch(s, 0, x.start) \
            and _FRONT_HOLD_GAP_RE.fullmatch(s, x.end, ev.start) and not _SPEECH_RE.search(s, x.end, ev.start) \
            and (x.place.kind != "province" or _VALLEY_RE.match(s, x.end) or x.place.id in comp.valley_provinces):
        return [(x, x.confidence * 0.9)]
    return []


def _lists_province(s: str, x: _Mention, cand: list[_Mention]) -> bool:
    """Whether the list `x` opens names a province: "several districts in Ghazni, Wardak and Logar" (the provinces)."""
    end = x.end
    for y in cand:
        if y.start < end:
            continue
        if not _LIST_GAP_RE.fullmatch(s, end, y.start):
            return False
        if y.place is not None and y.place.kind == "province":
            return True
        end = y.end
    return False


def _post(s: str, ev: _Event, cand: list[_Mention], soft: list[tuple[int, int]],
          actors: list[tuple[int, int, str]]) -> list[tuple[_Mention, float]]:
    """Where the troops who surrender stand: "government troops at Kandahar airport surrendered"."""
    if not _SURRENDER_RE.search(s, ev.start, ev.end):
        return []
    lo = _clause_start(soft, ev.start)
    if (rel := next((b for b in soft if b[1] == lo), None)) is not None and _REL_WHO_RE.match(s[rel[0]:rel[1]]):
        # "Government troops who had held out at Kandahar airport surrendered": the troops are named before "who"
        lo = _clause_start(soft, rel[0])
    for x in cand:
        if lo <= x.start and x.end <= ev.start and x.place is not None and _POST_RE.search(s, max(lo, x.start - 30),
                                                                                             x.start) \
                and (any(lo <= a[0] and a[1] <= x.start and not _BARE_TROOPS_RE.fullmatch(s, a[0], a[1]) for a in actors)
                     or _TROOPS_RE.search(s, lo, x.start) is not None and (
                         _TROOPS_RE.search(s, lo, x.start).group("whole") or _THEIR_POSTS_RE.match(s, ev.end)
                         or x.place.kind in ("airport", "base"))) \
                and not _TRIGGER_RE.search(s, x.end, ev.start):
            return [(x, x.confidence * 0.9)]
    if _TROOPS_RE.search(s, lo, ev.start) is not None or any(lo <= a[0] and a[1] <= ev.start for a in actors):
        # "Hundreds of Afghan soldiers surrendered to the Taliban at Kunduz airport": where they gave up, after the verb
        for x in cand:
            if x.start >= ev.end and x.place is not None and x.place.kind in ("airport", "base") \
                    and _POST_AFTER_RE.fullmatch(s, ev.end, x.start):
                return [(x, x.confidence * 0.85)]
    return []


def _targets(s: str, ev: _Event, cand: list[_Mention], soft: list[tuple[int, int]],
             sp_bounds: list[tuple[int, int]], events: list[_Event], comp: _Compiled
             ) -> list[tuple[_Mention, float]]:
    """The places an event is about: its object list (forward) or its subject list (backward)."""
    out: list[tuple[_Mention, float]] = []
    if ev.direction in ("fwd", "fwd_in", "hand"):
        hi = _clause_end(sp_bounds, ev.end, len(s))
        if s.startswith(":", hi) and _COLON_LEAD_RE.search(s, ev.end, hi):
            # "retaken three districts in Baghlan: Deh Salah, Banu and Pul-e Hisar": the list after the colon
            hi = _clause_end(sp_bounds, hi + 1, len(s))
        while s.startswith(";", hi) and _SEMI_ITEM_RE.match(s, hi) and hi < len(s) - 1:
            # "took Gardez, the capital of Paktia; Mehtarlam, the capital of Laghman; and Sharana": a list whose items,
            # each with its apposition, are set apart by semicolons (not "took Gardez; Mehtarlam remains ...")
            hi = _clause_end(sp_bounds, hi + 1, len(s))
        for other in events:
            if other.start >= ev.end and not (ev.kind == "contest" and s.endswith("to ", 0, other.start)):
                hi = min(hi, other.start)  # ("battling to retake Kunduz": the infinitive is what they fight for)
                break
        last_end = ev.end
        landmark_run = False
        for x in cand:
            if x.start < ev.end or x.start >= hi:
                continue
            if x.place is None and x.text.casefold() in comp.foreign and not (
                    out and _LANDMARK_RE.search(s, last_end, x.start)):
                # a place abroad is no target: "took the border crossing with Tajikistan at Shir Khan Bandar", "Islam
                # Qala, the gateway with Iran, as well as Ghoryan" (but it closes a landmark's phrase: "Zaranj, near the
                # border with Iran, and Sheberghan")
                continue
            gap = s[last_end:x.start]
            if not out and ("including" in gap or "among them" in gap) and (inc := _INCLUDING_RE.search(gap)) is not None \
                    and _PLACE_NOUNS_RE.search(gap, 0, inc.start()) \
                    and not _LANDMARK_OF_PLACES_RE.search(gap, 0, inc.start()):
                gap = gap[inc.end():]  # "captured three provincial capitals on Sunday, including the city of Kunduz"
            elif not out and "including" in gap and (inc := _INCLUDING_RE.search(gap)) is not None \
                    and _LANDMARK_OF_PLACES_RE.search(gap, 0, inc.start()):
                last_end = x.end  # "attacking the outskirts of several other capitals, including Mazar-i-Sharif"
                landmark_run = True
                continue
            if not out and ev.kind == "contest" and x.place is not None and x.place.kind == "province" \
                    and (_ACROSS_END_RE.search(gap) or ev.name == "contest_into" and _DEEPER_RE.search(s, ev.start, ev.end)):
                # "attacks on district centres across Faryab and Jowzjan", "pushing deeper into Wardak province": where
                # the fighting is, not the provinces fought over
                last_end = x.end
                landmark_run = True
                continue
            if out and x.ref and x.start == out[-1][0].start:  # "both districts": two places, one phrase
                out.append((x, x.confidence * 0.85))
                continue
            if out and not gap.strip() and x.place is not None and x.place == out[-1][0].place:
                last_end = x.end  # "the capital Kabul, Mazar-e Sharif and Jalalabad": one place named twice
                continue
            if not out and x.place is not None and x.place.kind in ("province", "city") and (
                    _POSS_PLACES_RE.match(s, x.end) or _POSS_PLACES_RE.search(x.text)):
                last_end = x.end  # "seized seven of Badghis's districts, among them Ab Kamari": the districts, not Badghis
                continue
            if not out:
                if (ev.kind in ("capture", "retake") or ev.name == "contest_attack") and (
                        _MATERIEL_RE.search(gap) or _FROM_SIDE_RE.match(gap)):
                    break  # "captured dozens of soldiers in Kunduz": people or arms were taken, the place is where
                if ev.name == "capture_return" and x.place is not None and (
                        x.place.kind == "province" or _TO_ADVISE_RE.match(s, x.end)):
                    break  # "US Marines returned to Helmand (or Lashkar Gah) to advise Afghan troops": holding nothing
                if ev.kind in ("capture", "retake", "hold") and ev.name != "hold_repel" \
                        and (obj := _OBJECT_THEN_WHERE_RE.match(gap)) is not None \
                        and not _PLACE_WORD_RE.search(obj.group("np")):
                    break  # "took control of the final in Kabul", "captured footage of families in Pul-e Khumri": a thing
                if ev.direction == "fwd" and _FINITE_GAP_RE.search(gap):
                    break  # "the fall of the port was a major loss ... and called on Kabul": a new clause, not the object
                if ev.kind == "contest" and _BUILDING_RE.search(gap) and not (
                        ev.name == "contest_in" and _SEAT_GAP_RE.fullmatch(gap)):
                    # "attacked the main prison in Ghazni": a building was attacked, not the town fought over (but
                    # "fighting was reported around the governor's compound in Sheberghan" is fighting in the town)
                    break
                if "ex" in gap or "other" in gap or "apart" in gap or "save" in gap or "but" in gap:
                    if _EXCEPT_GAP_RE.search(gap):
                        break  # "in control of almost every major city except Kabul": not Kabul, nor what follows
                if (len(gap) > 80 and not (ev.direction == "fwd_in" and len(gap) < 160 and _BETWEEN_RE.match(gap))) \
                        or _STOP_PUNCT_RE.search(gap):
                    break  # (but "fighting between the army and the Taliban intensified in Herat")
                if landmark_run and (_SEP_RE.search(gap.rstrip() + " ") or gap.strip() in ("with", "to", "and to")):
                    last_end = x.end  # "hold the districts ringing Sheberghan and Pul-e Khumri": both are landmarks
                    continue
                landmark_run = False
                capital_of = _CAPITAL_OF_RE.fullmatch(gap)
                reach = (ev.kind == "contest" and ev.direction == "fwd_in" and _CONTEST_REACH_RE.search(gap)) or (
                    ev.name in ("retake_out", "contest_into") and _OUTSKIRTS_OF_RE.search(gap))
                # ("drove them back from the outskirts of Herat", "pushed into the outskirts of Lashkar Gah")
                if reach and (_DISTANCE_RE.search(gap) or _AREAS_AROUND_RE.search(gap)):
                    # "clashes in villages around 10 kilometers from Pul-e-Khumri", "fighting in several districts around
                    # Kandahar city": a landmark still
                    reach = False
                district_hq = _HQ_OF_RE.search(gap) is not None and _called_district(s, x)
                if not capital_of and gap.endswith(", ") and _LANDMARK_RE.search(gap[:-2] + " ") and not reach:
                    last_end = x.end  # "pushed to the edge of its capital, Lashkar Gah": the landmark, named
                    landmark_run = True
                    continue
                if _LANDMARK_RE.search(gap) and not capital_of and not (ev.direction == "hand" and not gap.strip()) \
                        and not reach and not district_hq:  # ("overran the headquarters of Gelan district": Gelan)
                    last_end = x.end
                    landmark_run = True
                    continue
                if ev.direction == "fwd_in" and not reach and not _IN_TARGET_RE.search(gap):
                    continue
                if ev.kind == "contest" and _POSITIONS_IN_RE.search(gap):
                    last_end = x.end  # "attacks on Taliban positions in Panjshir": raids, not a fight for the place
                    landmark_run = True
                    continue
                if x.place is not None and _SOME_OF_RE.search(gap) and (
                        x.place.kind == "province" or _PROVINCES_NEXT_RE.match(s, x.end) or _lists_province(s, x, cand)):
                    # ("seizing districts in Kunduz, Takhar and Faryab provinces": Kunduz the province, not the city)
                    last_end = x.end  # "recaptured three districts of Baghlan province - Deh Salah, Banu and ..."
                    landmark_run = True  # ("areas in Baghlan, Wardak and Ghazni provinces": all of them)
                    continue
                if ev.direction == "fwd_in" and x.place is not None and x.place.kind == "province" \
                        and not _VALLEY_RE.match(s, x.end) and x.place.id not in comp.valley_provinces:
                    last_end = x.end  # fighting somewhere in a province says little about who holds it ("..., in X")
                    continue
                if x.place is None and ev.direction == "fwd_in" and not _NAMED_PLACE_RE.match(s, x.end):
                    continue  # an unknown name in a fighting slot is a place only with a place word after it
                out.append((x, x.confidence * (0.85 if x.ref else 1.0)))
                last_end = x.end
                continue
            tail = gap
            if _IN_RE.match(gap):
                continue  # "Zaranj in south-western Nimroz": the province places the city
            if _LANDMARK_RE.search(gap) or (landmark_run and gap.strip() in ("and", "or", "with", "to", "and to")):
                last_end = x.end  # "Highway 1, the ring road connecting Kabul with Kandahar and Herat": landmarks all
                landmark_run = True
                continue
            if gap.endswith(", ") and _LANDMARK_RE.search(gap[:-2] + " "):
                continue  # "... and reached the outskirts of the provincial capital, Lashkar Gah": the landmark named
            if ev.direction == "fwd_in" and x.place is not None and _PARTICULARLY_RE.fullmatch(gap):
                out.append((x, x.confidence * 0.95))  # "continued in Panjshir province this week, particularly in Khinj"
                last_end = x.end
                continue
            if _SEP_RE.search(gap.rstrip() + " ") or _DASH_SEP_RE.fullmatch(tail):
                if _FINITE_AFTER_RE.match(s, x.end):
                    break  # "With the fall of Mazar-i-Sharif, Kabul is the only city left": a new clause's subject
                if (x.place is not None and x.place.kind == "province" and (
                        ev.direction == "fwd_in" or _PREP_END_RE.search(gap))) or _POSS_ANY_RE.match(s, x.end):
                    break  # "in Sangin and in Gereshk, Helmand's commercial hub": an apposition, not another place
                if x.place is not None or out[-1][0].place is not None or _NAMED_PLACE_RE.match(s, x.end):
                    out.append((x, x.confidence * 0.95))
                    last_end = x.end
                continue
            break
        if not out and ev.direction == "fwd_in":
            out = _fronted(s, ev, cand, comp.valley_provinces)
        if not out and ev.kind == "hold" and _HOLD_END_RE.match(s, ev.end):
            out = _fronted_hold(s, ev, cand, comp)
        return out
    # backward: the subject before the event
    bounds = [b for b in sp_bounds if not _REL_CLAUSE_RE.match(s[b[0]:b[1]])]
    if " that " in s:
        # "Kunduz, the northern city that has been under Taliban control": "that" right after a place's apposition is
        # its clause's
        bounds = [b for b in bounds if not (s[b[0]:b[1]].lower() == "that" and any(
            x.end + 1 == b[0] and x.ref and s.endswith(", ", 0, x.start) for x in cand))]
    if "," in s:
        # "the airport, which was a US base until this year, was still ...", "Spin Boldak, the crossing to Pakistan
        # that earns the government millions, fell": the subject is before the relative clause or apposition
        inside = [r.span() for r in _REL_SPAN_RE.finditer(s, 0, ev.start)]
        for x in cand:
            if x.end < ev.start and _APPOS_SPAN_RE.fullmatch(s, x.end, ev.start):
                inside.append((x.end, ev.start))
        if inside:
            bounds = [b for b in bounds if not any(a < b[0] and b[1] <= z for a, z in inside)]
    # "Herat, Kandahar, and Lashkar Gah fell", "Gardez, the capital of Paktia, and Khost fell": a list's ", and"
    bounds = [b for b in bounds if not (s.startswith(",", b[0]) and s[b[0]:b[1]].endswith("and")
                                        and any(x.end == b[0] or _REGION_TAIL_GAP_RE.fullmatch(s, x.end, b[0])
                                                for x in cand))]
    lo = _clause_start(bounds, ev.start)
    rel = ev.direction == "back_rel" or _REL_RE.search(s[:ev.start]) is not None
    # (never a place abroad: "the Spin Boldak crossing with Pakistan, which the Taliban seized in July")
    pool = [x for x in cand if lo <= x.start and x.end <= ev.start
            and not (x.place is None and x.text.casefold() in comp.foreign)]
    runs: list[list[_Mention]] = []
    prev_end = lo
    prev_was_head = False
    after_landmark = False
    for x in pool:
        if runs and x.ref and x.start == runs[-1][-1].start:
            runs[-1].append(x)  # "the three districts are still under the control of ...": one phrase, three places
            continue
        gap = s[prev_end:x.start]
        prev_end = x.end
        if _POSS_NOUN_RE.match(s, x.end):
            prev_end = x.end  # "Kandahar's pomegranate exports fell": the place owns the subject, it is not it
            continue
        if runs and prev_was_head and _IN_RE.match(gap):
            prev_was_head = False  # "Zaranj in Nimroz": the province places the city
            continue
        if runs and prev_was_head and gap == ", " and x.place is not None and x.place.kind == "province" \
                and runs[-1][-1].place is not None and runs[-1][-1].place.kind in ("city", "district") \
                and s.startswith(",", x.end) and x.text.lower().endswith(" province"):
            prev_was_head = False  # "Taloqan city, Takhar province, also came under Taliban control": where it is
            continue
        if runs and prev_was_head and _REGION_SEP_RE.fullmatch(gap):
            runs[-1].append(x)  # "Farah in the west and Pul-e Khumri in the north were taken": a list all the same
            continue
        prep = _PREP_RE.search(gap) or _BESIDES_RE.match(gap)
        if prep is not None and _TIME_WORD_RE.search(prep.group()):
            prep = None  # "By mid-morning the city had fallen": a time, not a place
        if prep is None and x.place is not None and x.place.kind == "province" and (parts := _PARTS_OF_RE.search(gap)) \
                and not _ALL_OF_RE.search(gap, 0, parts.start() + 1):
            # "District after district of Badakhshan collapsed": its districts did, not the province (but "all seven
            # districts of Panjshir are under their control": the whole of it)
            prep = True
        if ((lm := _LANDMARK_RE.search(gap)) is not None and not _CAPITAL_OF_RE.fullmatch(gap) and not (
                x.place is not None and x.place.kind in ("city", "district")
                and (own := _PLACES_OF_END_RE.search(gap)) is not None and lm.start() >= own.start())) or prep:
            # (but "On 11 July, the districts of Ghormach and ...": the places' own noun, after a time)
            prev_was_head = False  # ("The district of Khakrez ... remains": the district is the subject)
            after_landmark = True
            continue
        if runs and prev_was_head and _APPOS_AND_RE.fullmatch(gap) and not _TRIGGER_RE.search(gap):
            runs[-1].append(x)  # "Sar-e Pul, capital of the province of the same name, and Taloqan ... had fallen"
            prev_was_head = True
            after_landmark = False
            continue
        if runs and _SEP_RE.search(gap.rstrip() + " ") and not _TRIGGER_RE.search(gap) \
                and not _SPEECH_RE.search(gap):
            if after_landmark and gap.strip() in (",", "and", "or", "with"):
                # "60 km north of Kunduz city, the provincial capital": the landmark's apposition; "on the highway
                # between Kabul and Mazar-i-Sharif": both ends are landmarks
                continue
            runs[-1].append(x)
        else:
            runs.append([x])
        prev_was_head = True
        after_landmark = False
    if pool and (not runs or pool[-1] is not runs[-1][-1]) and (
            _REL_ANTECEDENT_RE.fullmatch(s, pool[-1].end, ev.start) or (
                len(pool) > 1 and _COMMA_ONLY_RE.fullmatch(s, pool[-2].end, pool[-1].start)
                and _REL_RIGHT_AFTER_RE.fullmatch(s, pool[-1].end, ev.start))) \
            and pool[-1].place is not None and pool[-1].place.kind != "province" \
            and not _IN_BEFORE_RE.search(s, max(0, pool[-1].start - 12), pool[-1].start):
        # "60 km north of Kunduz city, the provincial capital, which remained under government control": the relative
        # clause is about the name right before it, even one that only located something else
        runs = [[pool[-1]]]
    if (not runs or runs[-1][-1] is not pool[-1]) and pool and pool[-1].place is not None \
            and pool[-1].place.kind != "province" \
            and (_WHICH_RIGHT_AFTER_RE.fullmatch(s, pool[-1].end, ev.start)
                 # "In Kunduz, captured by the Taliban on Sunday, residents said ...": the participle's too
                 or (ev.direction == "back_rel" and pool[-1].end == ev.start)) \
            and (not (beside := _BESIDE_BEFORE_RE.search(s, max(0, pool[-1].start - 16), pool[-1].start)) or (
                # "flew to Kabul from Kandahar airport, which remains under the control of the army": the airport
                pool[-1].place.kind in ("airport", "base") and beside.group().lower().startswith(("from", "near"))
                # "outside Mazar-e Sharif, which remains under government control" (not "the airport, a few miles
                # outside the city, which ...": the clause may be about either)
                or beside.group().lower().startswith(("outside", "near", "around"))
                and not pool[-1].ref and not pool[-1].text.lower().startswith("the "))) \
            and (not _OF_BEFORE_RE.search(s, max(0, pool[-1].start - 12), pool[-1].start)):
        # "retreated to Kandahar airport, which was still held by government forces", "In Kondoz, which fell on
        # Sunday, ...": the name the relative clause follows, even after a preposition
        runs = [[pool[-1]]]
    if runs and len(runs[-1]) > 1 and pool and runs[-1][-1] is pool[-1] and rel and not pool[-1].ref \
            and len({x.place.id if x.place is not None else x.text for x in runs[-1]}) > 1 \
            and _REL_RIGHT_AFTER_RE.fullmatch(s, pool[-1].end, ev.start) \
            and not any(_AND_OR_RE.search(s, a.end, b.start) for a, b in zip(runs[-1], runs[-1][1:])):
        # "now hold Ghazni, Herat, which fell on Thursday, and Kandahar": a clause after the last of a list that has
        # no "and" yet is about that one place
        runs = [[pool[-1]]]
    left = next((x for x in pool if s.startswith(" as ", x.end) and _LEAVES_RE.search(s, max(0, x.start - 12), x.start)),
                None) if " as " in s else None
    if left is not None:
        runs = [[left]]  # "The fall of Jalalabad leaves Kabul as the only city still in government hands": Kabul
    if not pool and lo > 0 and _BARE_PREDICATE_RE.fullmatch(s, lo, ev.start) and _AND_BOUND_RE.search(s, 0, lo):
        # "Herat Airport is operating for UN flights, and remained under government control": the predicate after
        # ", and" has the subject of the clause before
        lo2 = _clause_start(bounds, _AND_BOUND_RE.search(s, 0, lo).start())
        first = next((x for x in cand if x.start >= lo2), None)
        if first is not None and first.end <= lo and _SUBJECT_LEAD_RE.fullmatch(s, lo2, first.start) \
                and not _TRIGGER_RE.search(s, first.end, lo):
            runs = [[first]]
    out = [(x, x.confidence * (0.8 if x.ref else 0.9)) for x in (runs[-1] if rel else runs[0])] if runs else []
    if not out and ev.name in ("hold_pass", "hold_hands", "hold_control"):
        # "the places held by the Taliban are ...", "the main cities in government hands on Saturday were Kabul and
        # Jalalabad": the places after the copula
        cop = _COPULA_RE.match(s, ev.end)
        if cop:
            fake = _Event(ev.name, ev.kind, "fwd", ev.agent_mode, cop.end() - 1, cop.end())
            got = _targets(s, fake, cand, soft, [b for b in sp_bounds if b[0] >= fake.end], [], comp)
            if got and not s[cop.end():got[0][0].start].strip():
                out = got
    if not out and ev.kind in ("capture", "retake", "hold") and "includ" in s and _PLACE_NOUNS_RE.search(s, lo, ev.start) \
            and (inc := _COUNT_INCLUDES_RE.match(s, ev.end)) is not None:
        # "Five provincial capitals were lost today, including Lashkar Gah": the places the count includes
        fake = _Event(ev.name, ev.kind, "fwd", ev.agent_mode, inc.end() - 1, inc.end())
        out = _targets(s, fake, cand, soft, [b for b in sp_bounds if b[0] >= fake.end], [], comp)
    colon = _COLON_LIST_RE.match(s[ev.end:])
    if colon:  # "five cities have now fallen to the Taliban: Zarang in Nimruz, Sheberghan in Jawzjan, ..."
        fake = _Event(ev.name, ev.kind, "fwd", ev.agent_mode, ev.end + colon.end() - 1, ev.end + colon.end())
        out += _targets(s, fake, cand, soft, [b for b in sp_bounds if b[0] >= fake.end], [], comp)
    return out


def _other_side(loser: str, dominant: str, official_actors: frozenset[str], fall_to: frozenset[str]) -> str | None:
    """Who has a place a side lost or left: the state's loss is the report's main challenger's; a challenger's loss is
    the main challenger's when that is another side ("a resistance commander said his men had pulled out of Deh
    Salah": the Taliban's), else the state's ("the Taliban withdrew from Ghormach", "US forces withdrew from
    Bagram")."""
    if loser in official_actors:
        return dominant
    if loser in fall_to and loser != dominant:
        return dominant
    holder = _loss_holder()
    if holder is not None and holder != loser:
        return holder
    return next(iter(official_actors), None) if official_actors else None


def _loss_holder() -> str | None:
    """Who holds what the state's challenger loses on the report's day (the profile's `holds_losses`), if it says."""
    day = _REPORT_DAY.get()
    if day is None:
        return None
    return next((actor for first, last, actor in _HOLDS_LOSSES.get()
                 if (first is None or day >= first) and (last is None or day <= last)), None)


def _controller(s: str, ev: _Event, actors: list[tuple[int, int, str]], pronouns: list[tuple[int, int]],
                soft: list[tuple[int, int]], last_actor: str | None, dominant: str,
                official_actors: frozenset[str] = frozenset(), fall_to: frozenset[str] = frozenset()) -> str | None:
    if ev.kind == "contest":
        return CONTESTED
    if ev.name == "hold_out_place":
        # the places hold out against the side taking places: the state's while it stands, the resistance's after
        # (a side named as the subject is the one holding out: "In Panjshir, resistance forces are still holding out")
        prior = [a for a in actors if a[1] <= ev.start]
        return prior[-1][2] if prior else _loss_holder()
    if ev.name in ("hold_hands", "hold_control", "hold_under", "hold_outside", "hold_leaves_with"):
        inner = [a for a in actors if ev.start <= a[0] < ev.end]
        if inner:
            return inner[0][2]
        if _THEIR_RE.search(s[ev.start:ev.end]):
            prior = [a for a in actors if a[1] <= ev.start]
            return prior[-1][2] if prior else last_actor
        after = [a for a in actors if ev.end <= a[0] <= ev.end + 25 and _OF_AGENT_RE.fullmatch(s, ev.end, a[0])]
        if not after and _OF_THEIR_MEN_RE.match(s, ev.end):
            # "Anaba remained in the hands of its forces": the side the clause is about
            prior = [a for a in actors if a[1] <= ev.start]
            return prior[-1][2] if prior else last_actor
        return after[0][2] if after else None
    if ev.agent_mode == "actor":
        prior = [a for a in actors if a[1] <= ev.start]
        if prior:
            return prior[-1][2]
        return last_actor if ev.name != "hold_theirs" and any(p[1] <= ev.start for p in pronouns) else None
    if ev.agent_mode in ("loser", "leaver"):
        prior = [a for a in actors if a[1] <= ev.start]
        if not prior and ev.agent_mode == "leaver" and not any(p[1] <= ev.start for p in pronouns):
            return None  # "thousands of families fled Kunduz": nobody who holds anything left it
        loser = prior[-1][2] if prior else last_actor
        return dominant if loser is None else _other_side(loser, dominant, official_actors, fall_to)
    if ev.agent_mode == "obj" or ev.direction == "hand":
        # "fell to the Taliban", "held by government forces", "in Taliban hands"
        after = [a for a in actors if ev.end - 4 <= a[0] <= ev.end + 30
                 and _AGENT_PREP_RE.search(s[max(ev.end - 4, a[0] - 30):a[0]])
                 # (not "the loss of Zaranj is a blow to the government's morale": a new verb between; nor "fell on
                 # Sunday, hundreds of soldiers surrendered": a new clause)
                 and not _FINITE_GAP_RE.search(s, ev.end, a[0]) and "," not in s[ev.end:a[0]]]
        if ev.direction == "hand":
            after = [a for a in actors if a[0] >= ev.end and _TO_AGENT_RE.search(s[max(ev.end, a[0] - 30):a[0]])]
        elif not after and "handed" in s[ev.start:ev.end].lower():
            # 'had been handed over Friday "in its entirety" to the Afghan National Security and Defense Forces'
            after = [a for a in actors if ev.end <= a[0] <= ev.end + 80 and _TO_AGENT_RE.search(s[max(ev.end, a[0] - 30):a[0]])
                     and not _STOP_PUNCT_RE.search(s, ev.end, a[0])]
        if after and ev.kind == "retake" and _CLEARED_OF_RE.search(s, ev.start, after[0][0]):
            # "the centres of Chimtal ... were cleared of Taliban terrorists": those removed lose it
            loser = after[0][2]
            if loser in official_actors:
                return dominant
            return next(iter(official_actors), None) if official_actors else None
        if after:
            return after[0][2]
        them = [p for p in pronouns if ev.end <= p[0] <= ev.end + 12]
        if them:
            prior = [a for a in actors if a[1] <= ev.start]
            return prior[-1][2] if prior else last_actor
        if ev.direction == "hand" and (giver := [a for a in actors if a[1] <= ev.start
                                                  and _GIVER_GAP_RE.fullmatch(s, a[1], ev.start)]):
            # "the US military handed over Bagram Airfield": the side that gave it up lost it, to no one named
            return _other_side(giver[-1][2], dominant, official_actors, fall_to)
        if ev.kind == "capture" and not (ev.name == "capture_nom" and "handover" in s[ev.start:ev.end].lower()):
            return dominant  # (a "handover of" a base names no receiver unless "to" one)
        return None
    prior = [a for a in actors if a[1] <= ev.start]
    if len(prior) > 1 and (head := next((a for a in prior if _ASIDE_TO_VERB_RE.fullmatch(s, a[1], ev.start)), None)):
        # "Local militias, some made up of former government soldiers ..., seized Pul-e Hisar": the subject is the side
        # before the aside, not a side named inside it
        prior = [head]
    if len(prior) > 1 and _IT_BEFORE_RE.search(s, max(0, ev.start - 24), ev.start):
        # "the first counter-attack against the group since it took control of the capital": "it" is the side named
        # last, even as an object
        prior = prior[-1:]
    if len(prior) > 1:
        # "the Taliban said they had beaten an elite special forces unit and seized the airport": a side that is the
        # object of a verb before is not the subject of the event
        subjects = [a for a in prior if not _OBJECT_BEFORE_RE.search(s, max(0, a[0] - 40), a[0])]
        prior = subjects or prior
    subj_pron = [p for p in pronouns if p[1] <= ev.start]
    if prior:
        if subj_pron and subj_pron[-1][0] > prior[-1][0]:
            return prior[-1][2]
        return prior[-1][2]
    if subj_pron and last_actor:
        return last_actor
    if ev.kind == "capture" and (not s.endswith("into", ev.start, ev.end)
                                 or _FIGHTERS_BEFORE_RE.search(s, max(0, ev.start - 40), ev.start)):
        return dominant
    return None  # (but "a convoy of trucks rolled into Mazar-i-Sharif": something moved in, nobody took it)


def _finish(report: Report, drafts: list[_Draft], denials: list[Any]) -> list[Claim]:
    """Apply denials, drop fighting superseded by a capture, merge repeats, build the claims."""
    by_place: dict[str, list[_Draft]] = {}
    for d in drafts:
        by_place.setdefault(d.place.id, []).append(d)
    for pid, side, controller, sent, start, written, conf, attribution, place, ev_date, prec in denials:
        alleged = [d for d in by_place.get(pid, []) if d.controller == controller and d.controller != side]
        for d in alleged:
            d.status = Status.DISPUTED
            if f"denied by {attribution}" not in d.attribution:  # (a denial read twice: "rejected by" is passive too)
                d.attribution = f"{d.attribution}; denied by {attribution}"
        # (a claim only repeated after its denial: the denied claim stands where it was made, with its day)
        if controller != side and not any(d.sentence.start <= sent.start for d in alleged):
            d = _Draft(place, written, controller, Status.DISPUTED, ev_date, prec, f"denied by {attribution}",
                       sent, start, round(conf * 0.8, 3), "capture", len(drafts))
            drafts.append(d)
            by_place.setdefault(pid, []).append(d)
    keep: list[_Draft] = []
    for pid, group in by_place.items():
        for d in group:
            if d.kind == "capture" and d.entered and any(
                    c.kind == "contest" and c.order > d.order and 0 <= c.sentence.start - d.sentence.end <= 3
                    and (c.event_date is None or d.event_date is None or c.event_date == d.event_date) for c in group):
                # "The Taliban entered Qala-i-Naw on Wednesday. Heavy fighting raged in the city throughout
                # Wednesday": entered, then fought over in the very next sentence; not taken
                d.controller, d.kind = CONTESTED, "contest"
        others = [d for d in group if d.kind != "contest"]
        if others and not (all(o.status is Status.CLAIMED for o in others)
                           and any(d.kind == "contest" and d.status is Status.CONFIRMED for d in group)):
            # (a side's word alone that it holds the place does not outweigh fighting others saw there: both stay)
            # fighting the report dates before every dated claim of control it makes for the place is its own event
            # (contested on Tuesday, taken on Friday); otherwise the outcome supersedes the fighting
            # (an undated outcome may be the same day's: "By the evening the insurgents had taken it")
            first = min(d.event_date or date.min for d in others)
            last = max(d.event_date or date.max for d in others)
            group = others + [d for d in group if d.kind == "contest" and d.event_date is not None
                              and (d.event_date < first or d.event_date > last)]
        chosen: list[_Draft] = []
        for d in sorted(group, key=lambda d: (d.event_date is None, d.said_day, d.order)):
            same = [c for c in chosen if c.controller == d.controller and c.status == d.status]
            if any(c.event_date == d.event_date or d.event_date is None for c in same):
                continue
            if d.said_day and any(c.event_date is not None and d.event_date is not None
                                  and 0 <= (d.event_date - c.event_date).days <= 7 for c in same):
                continue  # "officials reported on Friday that the Taliban had conquered Kandahar": late on Thursday
            chosen.append(d)
        keep.extend(chosen)
    keep.sort(key=lambda d: (d.sentence.start, d.start))
    claims = []
    for d in keep:
        claims.append(Claim(
            id=Claim.make_id(report.id, d.place.id, d.sentence.start),
            report_id=report.id,
            place_id=d.place.id,
            name_as_written=d.written,
            controller=d.controller,
            status=d.status,
            event_date=d.event_date,
            date_precision=d.precision if d.event_date else DatePrecision.UNKNOWN,
            attribution=d.attribution,
            evidence=Span(d.sentence.text, d.sentence.start, d.sentence.end),
            published=report.published,
            confidence=max(0.0, min(1.0, d.confidence)),
            place=d.place,
        ))
    return claims


