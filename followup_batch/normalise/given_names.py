"""Given names the tool knows, to tell a tracker named for a person by one word ("Maya.xlsx",
"alex.csv") from one named with an ordinary word ("Relocation.csv", "December.csv").

A file or sheet name of one word signs its drafts only as a person's would: a configured
``[sender] name`` outranks it unless it is one of these (outside test ot119 F1: "Opportunities",
"Switch", "nosentcol" signed every draft over `[sender] name = "Sam Patel"`), and a month, a
season, a weekday or a job search's word alone never signs unless it is one of these too
("April", "June", "Summer" do). Keyed as ``header_key`` keys them: lower case, no accents.
Not every name there is: the common given names of the countries whose trackers the tool
reads, those its tests and reports met, and the other lists of given names of the package.
A name not here still signs when no sender is configured, and the run says so.
"""

from __future__ import annotations

import functools

from followup_batch.read.header_keys import header_key

# English (US, UK, Canada, Australia), as given and as short forms people go by.
_ENGLISH = """
aaron abby abigail adam adrian aiden alan albert alex alexa alexander alexandra alexis alice
alicia alison allison amanda amber amelia amy andrea andrew andy angela angie ann anna anne
annie anthony april archie ashley aubrey audrey august autumn ava avery barbara ben benjamin
beth betty beverly bill billy blake bob bobby bonnie brad bradley brandon brenda brian
bridget brittany brooke bruce bryan caleb cameron carl carla carol caroline carter casey
catherine cathy charles charlie charlotte chelsea cheryl chloe chris christian christina
christine christopher cindy claire clara colin connor courtney craig crystal cynthia dale
dan dana daniel danielle danny darren dave david dawn dean debbie deborah debra denise
dennis derek diana diane dominic donald donna doris dorothy douglas dylan eddie edward
elaine eleanor elijah elizabeth ella ellen ellie emily emma eric erica erin ethan eugene
eva evan evelyn faith fiona frances frank fred freddie gabriel gail gary gavin george
georgia gerald gina glenn gloria grace greg gregory hailey hannah harold harper harriet
harry heather heidi helen henry holly hope howard ian isaac isabel isabella isla jack
jackie jacob jacqueline jade jake james jamie jane janet janice jared jasmine jason jay
jean jeff jeffrey jenna jennifer jenny jeremy jerry jesse jessica jill jim jimmy jo joan
joanna joe joel john johnny jon jonathan jordan joseph josh joshua joy joyce judith judy
julia julian julie june justin karen kate katherine kathleen kathryn kathy katie kayla
keith kelly ken kenneth kerry kevin kim kimberly kirsten kristen kyle laura lauren leah lee
leo leon liam lily linda lindsay lisa logan lola lori louis louise lucas lucy luke lydia
lynn madeline madison maggie malcolm mandy margaret maria marie marilyn mark martha martin
mary mason matt matthew max may maya megan melanie melissa meredith mia michael michelle mike
mildred miles molly monica morgan nancy naomi natalie nathan neil nicholas nick nicole
noah nora norman oliver olivia oscar owen paige pam pamela patricia patrick paul paula
peggy penny peter phil philip phoebe phyllis quinn rachel ralph randy ray raymond rebecca
reed riley rita rob robert robin rod roger ron ronald rose ross roy ruby russell ruth ryan
sally sam samantha samuel sandra sara sarah scott sean seth shannon sharon shawn sheila
shirley sienna simon skyler sophia sophie stacy stella stephanie stephen steve steven
stuart sue summer susan suzanne sydney tammy tanya taylor ted teresa terry theo theresa
thomas tim timothy tina toby todd tom tommy tony tracy travis trevor troy tyler val
valerie vanessa vera veronica vicky victor victoria vince vincent violet virginia walter
wanda warren wayne wendy will william willow zach zachary zoe zoey
"""
# German, Dutch, Nordic.
_GERMANIC = """
anja anke annika bart bas bernd birgit bram britta christa christoph claudia daan dieter
dirk elke emil eva fabian femke finn florian frank frederik frieda gerrit gert greta
gunnar hanna hannah hans heike heinz helga hendrik henrik ingrid inge jakob jan jannik
jens jeroen joost jonas jorg jurgen kai karin karl katja kees klaus knut lars lena lieke
lotte lukas maarten manfred marieke marius markus matthias mette mikkel monika niels nils
ole olaf pieter ralf rene rolf ruben sabine sander sanne sebastian sigrid silke sofie
stefan sven thijs thorsten tobias udo ulrike ute uwe willem wim wolfgang yvonne
"""
# French, Italian, Spanish, Portuguese.
_ROMANCE = """
adrien agathe aitana alba alejandro alessandra alessandro alicia alvaro amelie ana andre
andres antoine antonio aurelie beatriz bruno camila camille carla carlos carmen catalina
chiara claudio clement cristina diego dolores eduardo elena elisa emilio enrique esteban
fabio federico felipe fernanda fernando francesca francesco francisco francois gabriela
gael giorgio giovanni giulia giuseppe guillaume hector hugo ignacio ines isabelle javier
jesus joao jorge jose juan julien laura leandro lorenzo luca lucas lucia luis luisa
manon manuel marco marcos marta mateo matteo mathieu mercedes miguel nathalie nicolas
pablo paola pedro pierre rafael raul ricardo roberto rocio rodrigo sergio sofia thiago
valentina valeria yann
"""
# Indian, Chinese, Korean, Japanese, Vietnamese, Arabic, Hebrew, Turkish, African, Slavic
# names as a tracker spells them in Latin letters.
_WORLD = """
aarav abdul abhishek aditi aditya ahmed aisha akash ali amir amit anand anil anjali arjun
aryan ayesha deepak divya farah fatima ganesh gaurav hamza hassan ibrahim imran ishaan
kavya khalid krishna kumar lakshmi leila mohamed mohammed muhammad nadia neha nikhil nisha
omar pooja pradeep priya priyanka rahul raj rajesh ravi riya rohan sana sanjay shreya
sneha sunil suresh tariq vijay vikram yusuf zainab
an bao chen hao hui jia jie jing jun lan li lin ling mei min ming ning ping qing wei xia
xin yan yang ying yu yun hyun jin minh mai linh thanh trang hoa hung tuan duc
haruto hiro hiroshi kenji yuki yuka aiko akira sakura takashi yui
ahmet ayse elif emre mehmet mustafa zeynep
ngozi chidi kwame kofi ama amara thabo zanele
aleksandr alexei dmitri elena irina ivan katya natasha nikolai oksana olga pavel sergei
svetlana tatiana vladimir yulia
avi noa tamar yael yosef
"""


@functools.cache
def _known() -> frozenset[str]:
    """The keys of the names above and of the package's other lists of given names."""
    from followup_batch.normalise.interviewers import NAMES_TOO
    from followup_batch.normalise.name_order import HUNGARIAN_GIVEN_NAMES
    from followup_batch.normalise.name_titles import WEST_SLAVIC_FIRST_NAMES
    from followup_batch.normalise.people import DOUBLE_GIVEN_NAMES

    listed = (_ENGLISH + _GERMANIC + _ROMANCE + _WORLD).split()
    doubles = (word for pair in DOUBLE_GIVEN_NAMES for word in pair.split())
    others = (*HUNGARIAN_GIVEN_NAMES, *WEST_SLAVIC_FIRST_NAMES, *NAMES_TOO, *doubles)
    return frozenset(header_key(name) for name in (*listed, *others))


def known_given_name(word: str) -> bool:
    """Whether ``word`` is a given name the tool knows, in any case and with or without its
    accents: "Maya", "alex", "Knut", "José", "June"; not "Relocation", "Okafor", "nosentcol"."""
    return header_key(word) in _known()
