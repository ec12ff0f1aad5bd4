"""Sentences for extraction tests: real seed sentences where possible, plus realistic news sentences of our own."""
from __future__ import annotations

# --- from seeds/000_3ef2a4258dc6015b.txt (Reuters, 13 Aug 2021) --------------------------------------------
KANDAHAR_QUOTE = ("“Following heavy clashes late last night the Taliban took control of Kandahar city,” a government "
                  "official told Reuters after the militants announced they had taken it.")
KANDAHAR_AIRPORT = ("Government forces were still in control of Kandahar’s airport, which was the U.S. military’s "
                    "second biggest base in Afghanistan during their 20-year mission.")
HERAT_LIST = ("The Taliban also said they had captured the third-largest city of Herat in the west, Lashkar Gah in "
              "the south and Qala-e-Naw in the northwest.")
GHAZNI = ("On Thursday, the Taliban also seized the historic central city of Ghazni, 150 km (90 miles) southwest "
          "of Kabul.")
GOVERNMENT_HOLDS = ("The government still holds the main city in the north – Mazar-i-Sharif – and Jalalabad, near the "
                    "Pakistani border in the east, as well as Kabul.")
HISTORY = ("Kandahar is the heartland of the Taliban, ethnic Pashtun fighters who emerged in the province in 1994 amid "
           "the chaos of civil war to sweep through most of the rest of the country over the next two years.")
FORECAST = ("On Wednesday, a U.S. defence official cited U.S. intelligence as saying the Taliban could isolate Kabul "
            "in 30 days and possibly take it within 90.")
EMBASSY = ("“It’s best to reduce our foot-print not just because there’s an increasing threat of violence but also "
           "resources,” an official at the Turkish embassy in Kabul said on Friday.")
QATAR = ("International envoys to Afghan talks in Qatar asked for an expedited peace process and an end to city "
         "bombings as a “matter of tremendous urgency.”")
PAKISTAN_ROLE = ("Afghans have aired their rage on social media, but there has been little criticism of Pakistan’s "
                 "role from Western capitals.")
SEPT_11 = ("The speed of the offensive has sparked recriminations over the decision to withdraw U.S. troops, 20 years "
           "after they ousted the Taliban in the wake of the Sept. 11 attacks on the United States.")
BOILERPLATE = "\n\n 321 Interactions\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *"

# --- from the paraphrased seeds ----------------------------------------------------------------------------
KUNDUZ_SOURCES = ("Sources who asked not to be named for fear of reprisals told RFE/RL that the Taliban overran most "
                  "of Kunduz on Sunday, while Sar-e Pol and Taloqan, the capital of Takhar Province, also fell.")
KUNDUZ_DENIAL = "The Defense Ministry, however, denied that Kunduz had fallen."
ZARANJ_APPOSITION = ("Taliban fighters overran Zaranj, the capital of Nimroz province in Afghanistan's far south-west, "
                     "on Friday afternoon, according to local sources.")
RETAKE = ("According to local officials, several hundred troops withdrew from the city to the Farkhar and Warsaj "
          "districts of Takhar and have since recaptured both districts from the Taliban.")
KABUL_COULD_FALL = ("American officials now fear that Kabul could be overrun far sooner than first thought, possibly "
                    "within a month, the Post reported.")
SIEGE = "Kandahar has been under Taliban siege for weeks."
FOREIGN_AIRPORT = "Kabul's international airport was being guarded by foreign troops, among them thousands of American soldiers."
MIHTERLAM_INVERTED = ("Later the insurgents entered Mihterlam, capital of Laghman province north-east of Kabul, without "
                      "a fight, said Zefon Saffi, a lawmaker from Laghman.")

# --- our own realistic sentences ---------------------------------------------------------------------------
OWN_UNVERIFIED = ("Taliban fighters captured Qalat on Saturday, a Taliban spokesman said. The claim could not be "
                  "independently confirmed.")
OWN_NEGATION = "Officials said Ghazni did not fall and government forces still hold the city."
OWN_EXPECTED = "The insurgents are expected to take Herat within days, analysts said."
OWN_THREAT = "The Taliban threatened to seize Jalalabad and vowed to capture Kabul."
OWN_MOVING_ON = "Insurgents are moving on Mazar-i-Sharif from three sides, residents said."
OWN_FIGHTING = "Heavy clashes in Pul-i-Khumri continued into the night, a police spokesman said."
OWN_RETOOK = "Afghan commandos retook Gardiz late last night, the Defense Ministry said."
OWN_SURRENDER = "Local elders said the governor of Nangarhar province handed over Jalalabad to the Taliban yesterday."
OWN_HOLD = "Afghan forces remained in control of Taloqan on Tuesday, according to the provincial council head."
OWN_UNKNOWN = "The Taliban seized Zarghunkhel on Monday, residents said."
OWN_BULLETS = "- Taliban capture Faizabad\n- Government forces still hold Kabul\n* Subscribe to our newsletter"
OWN_DATE_EXPLICIT = "The Taliban took Sheberghan on 6 August, a police officer said."
OWN_DATE_AUG = "Herat fell to the Taliban on Aug. 12, according to AFP."
OWN_WEEK = "Earlier this week the Taliban captured Aybak, officials said."
OWN_FUTURE_DATE = "The Taliban seized Farah on 20 August, officials said."
OWN_OVERNIGHT = "The Taliban overran Nili overnight, a lawmaker from Daikundi told AFP."
OWN_YESTERDAY = "Gardiz fell to the Taliban yesterday, a lawmaker said."
OWN_REPORTED_ON = "Officials reported on Friday that the Taliban had conquered Kandahar."
OWN_CITY_PRONOUN = ("Fighting had raged around Taloqan for weeks. On Sunday the city fell to the insurgents, residents "
                    "said.")
OWN_CLAIMED_PERFECT = "The Taliban claimed to have captured Spin Boldak on Wednesday."
OWN_CAPITAL_OF = "Taliban fighters captured the provincial capital of Sar-e Pul on Sunday, residents said."
OWN_REPORTED_PERFECT = "The militants are reported to have seized Qalat."
OWN_ONLY_HELD = ("In Herat, the only areas still held by government troops are the airport and the governor's "
                 "compound, residents said.")
OWN_APPARENTLY_HELD = "In Kandahar, the only place apparently held by Afghan forces was the airport."
OWN_POST_SURRENDER = "Government troops at Kandahar airport surrendered to the Taliban on Monday, officials said."
OWN_GARRISON = ("Some 300 soldiers laid down their arms and gave themselves up to the Taliban near Herat on Tuesday. "
                "A local official said the men had been stationed at the airport for weeks.")
OWN_GARRISON_NO_POST = ("Some 300 soldiers gave themselves up to the Taliban near Herat on Tuesday. Residents heard "
                        "shooting at the airport.")
OWN_GARRISON_STILL_HELD = ("Some 300 soldiers gave themselves up to the Taliban near Herat on Tuesday. Government forces "
                           "still hold Herat airport, where the men had been stationed, officials said.")
OWN_TAKEN_IT = ("The Taliban launched a fresh assault on Ghazni on Thursday. By the evening the insurgents had taken it, "
                "officials said.")
OWN_TOOK_IT_BACK = "Afghan commandos retook Farah on Monday. A day later the Taliban took it back."
