"""Who holds a post, how many are put in one, and who wrote a document: 「委員長はどなたですか」「座長はどなたが務めている」
「協働推進員って、各課に何人置くことになってるんですか」「指針を作った担当者って誰ですか」. The guidelines say who
should take a part, never who has it, how many are appointed, or which person wrote them — no source names a person.
Every reading here finds POST_HOLDER but POSTS_COUNT, which finds POSTS_COUNTED.
"""

from __future__ import annotations

import re

# How many people are put in a post (「協働推進員って、各課に何人置くことになってるんですか」「各区には担当職員が何人配置
# されていますか」): no guideline counts its officers, though all say who takes the part; 「何人置けばいい？」 plans, and is
# no fact (a how-to: LATER_READINGS).
POSTS_COUNT = re.compile(r"何[人名](くらい|ぐらい|ほど|ずつ)?(を|が)?(置|配置|任命|選任|指名|登録)")
# Who has a post now (「実行委員長って誰がやってるの？」「座長はどなたが務めているんですか」「今年度の協働推進員が
# 誰になっているか」): the guidelines say who should take a part, never who has it. The post ends in 長 or 員 (委員長,
# 推進員, 委員), and the verb says who holds it — 務めている, やってる, 指名されてる — or, with now or this year named,
# who is in it (「今の委員って誰がいるんですか」); 「協働推進員には誰がなっているの？」 alone asks what kind of staff, which
# 千葉県 says.
# 「評価委員会（第三者委員会）のメンバーって、どなたが務めているか」 (tune137): a body's members are its seats too
# (「委員長は、どの部の部長が務めていますか」 asks the same of the post's holder by which department).
# どのような asks what kind, not which one (「職員研修としては、どのような取り組みが示されていますか」, tune179).
HOLDS_POST = re.compile(r"(長|員|代表|メンバー)(って|は|が|に|の)?[^。?？]{0,8}?(誰|だれ|どなた|どの(?!よう)[^。?？]{1,8}?)(が|を|に)?"
                        r"[^。?？]{0,6}?"
                        r"(務めて|やって|指名さ|選ばれて|就いて|就任して|されて|お願いして)"  # 「どなたが委員をされているか」 (tune143)
                        r"|(長|員|代表)(って|は)(誰|だれ|どなた)だった"  # 「研究会の座長って誰だったか分かる？」
                        # 「委員長を務めているのはどの部署の部長ですか」 (tune148): the post first, the holder asked after
                        r"|(長|員|代表)を(務めて|やって)(い)?る(の|人)(は|って)(誰|だれ|どなた|どの)"
                        # 「推進委員会の委員って誰がなってるの？」 (tune183): a body's seats, as they are filled now
                        r"|(委員|メンバー)(って|は|に)?(誰|だれ|どなた)が(なって)")
# Who does it now, the post named anywhere (「今年度は県民生活課だと誰が担当してるか」).
HOLDS_NOW = re.compile(r"(今年度?|今|いま|現在)[^。?？]{0,16}(誰|だれ|どなた)(が|を)?[^。?？]{0,6}(担当して|担当な[のん]|やって|務めて|なって)"
                       # 「今年度なってるのは誰？」「うちの課から登録されてるのって誰だっけ」: the same asked the other way round
                       r"|(今年度?|今|いま|現在|うちの)[^。?？]{0,20}(なって|やって|登録されて)(る|いる)の(って|は)(誰|だれ|どなた)"
                       # 「協働推進員のうち、子育て分野を担当しているのは誰ですか」 (tune178): who is in charge or serves,
                       # with or without a time word
                       r"|(担当して|務めて)(い)?る(の|人|方)(は|って)(誰|だれ|どなた)")
# 「実行委員長って誰ですか？」「担当課長は誰？」「プラザの担当者は誰？」: a head's post (or the person in charge) asked bare is
# asked for its holder (a post ending in 員, as in 「協働推進員って誰がなるの？」, may ask what kind of staff).
HEAD_BARE = re.compile(r"(長|代表|担当者)(って|は)(誰|だれ|どなた)(ですか|でしたか|だっけ|でしたっけ|なの|[?？]|$)"
                       # 「委員は何人で誰が委員長なの？」 (tune193): the same asked the other way round
                       r"|(誰|だれ|どなた)が(委員長|会長|座長|代表)(なの|です|でしょう|[?？]|$)")
# 「網走市の地域協働の指針を作った担当者って誰ですか」 (tune161): who wrote a document — no source names a person.
MADE_BY = re.compile(r"(作った|作成した|策定した|書いた|まとめた)(担当者?|人|職員|方)(って|は)(誰|だれ|どなた)"
                     # 「指針を作った担当課の職員って誰ですか」「指針を実際に書いた担当職員の名前は？」 (tune186-187)
                     r"|(作った|作成した|策定した|書いた|まとめた)[^。?？、]{1,6}?(担当者?|職員)((って|は)(誰|だれ|どなた)|の(お)?(名前|氏名))"
                     # 「どの委員会の誰が中心になって作ったんですか」 (tune163)
                     r"|(誰|だれ|どなた)が[^。?？]{0,8}?(作った|作成した|策定した|書いた|まとめた)(?!ら)")  # not 作ったらいい
# Who was named to a post (「今年うちの部からは誰が指名されてますか」) asks for its holder as well.
APPOINTED = re.compile(r"(誰|だれ|どなた)(が|を)?(指名|任命|選出|選任)され(て|た)")
# Who is in a post now, asked bare (「今の委員って誰ですか？」), asks for its holder as well; 「誰でもなれる？」 asks who
# may, which the guidelines say.
IS_IN_POST_NOW = re.compile(r"(今|いま|現在|今年|うちの)[^。?？]{0,16}(長|員|代表)(って|は|が|に|の)?[^。?？]{0,8}?"
                            r"(誰|だれ|どなた)(?!でも|か)(が|を|に)?[^。?？]{0,6}?(なって|いる|います|入って|担当して|です|でしょう|なの|[?？]|$)")
# A person's name asked for (「担当している課長さんのお名前を教えてください」) asks for a post's holder as well — not the
# names of principles (「それぞれの名前も知りたい」).
NAME_ASK = re.compile(r"(さん|様|長|者|員|方)の(お)?(名前|氏名)(と[^、。?？]{0,10}?)?(を|は|って|が)?[^。?？に]{0,4}?"
                      r"(教えて(?!も?(いい|良い|大丈夫|構わ))|知りたい|分かる|わかる|分かります|わかります)")
# Who holds a post or sits on a body now, asked in English (tune99, all English, declined 27 of 50 at its first run;
# each pattern scanned over every read and fitted set and the calibration first).
ENGLISH_POST = re.compile(r"\bwho('s| is| are| was) (currently |now )?(the )?(current )?"
                          r"(director|chair|chairperson|head|members?|officer|manager|leader|person in charge|mayor"
                          r"|contact person|point of contact)\b"
                          r"|\bwho (currently )?(chairs|heads|sits on)\b|\bwho('s| is| are) (currently|now) in charge\b"
                          r"|\bwhich staff member\b|\bwho are the members\b|\bwho (chaired|headed)\b"
                          r"|\b(what's|what is|what was) the name of the (professor|person|chair(person)?|director|head"
                          r"|official|officer|manager|staff member)\b")
