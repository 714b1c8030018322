import json
stories = {
"gaza-talks": ("""CAIRO (Wire) - Hamas said on Tuesday it was ready to hand over all remaining hostages in exchange for an end to the war in Gaza, as mediators from Egypt and Qatar pressed both sides to return to talks.
Senior Hamas official Basem Naim told reporters the group had conveyed its position to the mediators and was waiting for a response from Israel.
Israel's prime minister's office said any deal must include the disarmament of Hamas and the release of every hostage, and that military pressure would continue until then.
Gaza's health ministry says more than 53,000 Palestinians have been killed since the war began in October 2023. The United Nations has warned of famine in parts of the territory.""",
 """DOHA (Gulf Desk) - Qatar's foreign ministry said on Wednesday that negotiations on a Gaza ceasefire had stalled over the sequencing of a hostage release and an Israeli withdrawal from the Philadelphi corridor.
Spokesman Majed al-Ansari said Qatari and Egyptian mediators were still in contact with both delegations but that no new meeting had been scheduled.
Families of hostages protested outside the Israeli defence ministry in Tel Aviv, demanding that the government accept a deal.
Aid agencies said fuel shortages had forced two more hospitals in northern Gaza to close their intensive care units."""),
"ukraine-grain": ("""KYIV (Wire) - Russian missiles struck grain silos at the port of Odesa overnight, destroying about 60,000 tonnes of wheat bound for Africa and the Middle East, Ukraine's agriculture ministry said on Thursday.
Two dock workers were wounded and a fire burned for several hours before rescuers put it out, regional governor Oleh Kiper said on Telegram.
The strike came a day after Moscow accused Kyiv of using the Black Sea corridor to move weapons, a claim Ukraine rejected as false.
Wheat prices rose 3 percent in Chicago after the attack. The United Nations said it was concerned about the impact on global food security.""",
 """ODESA (Black Sea News) - Ukraine's navy said on Friday it had escorted 14 grain ships out of Odesa's ports in the past week despite repeated Russian drone attacks on port infrastructure.
Navy spokesman Dmytro Pletenchuk said the ships carried more than 500,000 tonnes of corn and wheat, most of it bound for Egypt, Turkey and Spain.
Shipping insurers have raised war-risk premiums for vessels calling at Ukrainian ports, traders said.
The agriculture ministry expects grain exports to reach 40 million tonnes this season, below last year's level."""),
"sudan-elfasher": ("""PORT SUDAN (Wire) - The Rapid Support Forces shelled a displacement camp near El Fasher on Sunday, killing at least 40 people, including children, local activists said.
The Emergency Lawyers group said shells hit a market and a school sheltering families who had fled earlier fighting in North Darfur.
The army-led government accused the RSF of genocide, while the paramilitary group denied targeting civilians and said it was responding to army attacks.
The United Nations says more than 12 million people have been driven from their homes since the war began in April 2023, the largest displacement crisis in the world.""",
 """NAIROBI (Horn Report) - Sudan's army said on Monday it had repelled a Rapid Support Forces assault on the city of El Obeid in North Kordofan, killing dozens of fighters.
Army spokesman Nabil Abdallah said troops had recovered vehicles and weapons after a battle that lasted most of the day.
Residents said they heard heavy artillery fire from the eastern outskirts and that many families had fled toward Kosti.
The World Food Programme said its convoys to Kordofan had been blocked for three weeks because of the fighting."""),
"myanmar-quake": ("""YANGON (Wire) - The death toll from the earthquake in central Myanmar rose to more than 2,000 on Monday, the military government said, as rescuers searched collapsed buildings in Mandalay and Sagaing.
Junta leader Min Aung Hlaing appealed for international aid, a rare move for a government that has long restricted foreign help.
The opposition National Unity Government announced a two-week pause in offensive operations in affected areas to allow relief work.
China, India and Russia sent rescue teams and supplies, while the United Nations said hospitals in Mandalay were overwhelmed.""",
 """BANGKOK (Mekong Desk) - Thai rescuers on Tuesday pulled two more bodies from the rubble of a high-rise building that collapsed in Bangkok during last week's earthquake, raising the city's death toll to 22.
Bangkok governor Chadchart Sittipunt said teams were still searching for more than 70 missing construction workers.
Police said they had opened an investigation into the Chinese state-owned contractor that built the tower.
Building inspectors have checked thousands of structures across the capital and found most safe to use."""),
"kenya-protests": ("""NAIROBI (Wire) - Kenyan police fired tear gas at protesters in central Nairobi on Tuesday as thousands marched against tax increases in a finance bill, witnesses said.
Amnesty International Kenya said at least 23 people had been killed in demonstrations across the country over the past week and dozens more arrested.
President William Ruto said he would not sign the bill into law and called for dialogue with young protesters who organised on social media.
Opposition leaders accused the government of using excessive force and demanded an independent inquiry into the deaths.""",
 """MOMBASA (Coast Times) - Traders in Mombasa closed their shops on Thursday in a one-day strike against new county levies on small businesses, the local chamber of commerce said.
Chamber chairman Mohammed Hussein said the fees had doubled the cost of a trading licence and were driving vendors out of business.
County governor Abdulswamad Nassir said the levies would fund market repairs and promised to meet traders next week.
Police said the strike was peaceful and no arrests were made."""),
"ecb-rates": ("""FRANKFURT (Wire) - The European Central Bank cut its deposit rate by a quarter point to 3.25 percent on Thursday, its third cut this year, as inflation in the euro zone slowed faster than expected.
ECB President Christine Lagarde said the disinflation process was well on track but declined to commit to further cuts in December.
Economists said weak growth in Germany and France had strengthened the case for lower borrowing costs.
The euro fell 0.4 percent against the dollar after the decision, while yields on German government bonds edged lower.""",
 """LONDON (City Desk) - The Bank of England held interest rates at 5 percent on Thursday, with policymakers split over whether inflation in services was falling quickly enough.
Governor Andrew Bailey said the bank needed to be careful not to cut rates too quickly or by too much.
Five members of the Monetary Policy Committee voted to hold and four voted for a cut, minutes showed.
Sterling rose slightly against the euro after the decision."""),
"brazil-floods": ("""PORTO ALEGRE (Wire) - Floods in southern Brazil have killed at least 100 people and displaced more than 160,000, the civil defence agency said on Monday, as rescuers used boats to reach families trapped on rooftops in Rio Grande do Sul.
Governor Eduardo Leite said the state would need a Marshall Plan to rebuild roads, bridges and homes destroyed by the rain.
President Luiz Inacio Lula da Silva visited the region for the second time in a week and promised federal funds.
Meteorologists warned of more heavy rain later in the week, and the Guaiba river remained above record levels.""",
 """SAO PAULO (South America Wire) - A drought in the Amazon has pushed the Rio Negro to its lowest level in more than a century, stranding river communities and disrupting cargo traffic to Manaus, Brazil's geological service said on Friday.
The service said the river measured 12.7 metres at the port of Manaus, below the previous record set last year.
State authorities declared an emergency in 55 municipalities and began delivering water and food by helicopter.
Scientists linked the drought to the El Nino weather pattern and to warming in the North Atlantic."""),
"hk-verdict": ("""HONG KONG (Wire) - A Hong Kong court sentenced 45 pro-democracy activists to prison terms of up to ten years on Tuesday in the largest national security case since Beijing imposed the law in 2020.
Legal scholar Benny Tai received the longest sentence, ten years, for his role in organising an unofficial primary election in 2020.
The United States, Britain and Australia condemned the sentences, while the Hong Kong government said the defendants had tried to paralyse the administration.
Relatives of the defendants queued overnight outside the West Kowloon court to attend the hearing.""",
 """HONG KONG (Harbour Desk) - Hong Kong's legislature passed a new national security law on Tuesday, giving authorities more power to crack down on dissent, including life imprisonment for treason and insurrection.
Chief Executive John Lee said the law would allow the city to focus on economic development and called its passage a historic moment.
The European Union said the law could affect the work of foreign businesses, journalists and diplomats in the city.
Lawmakers approved the bill unanimously after an accelerated process of less than two weeks."""),
"mali-envoy": ("""BAMAKO (Wire) - Mali's military government ordered the French ambassador to leave the country within 72 hours on Monday, state television reported, after Paris criticised the junta's decision to delay elections.
The foreign ministry said the expulsion followed hostile and outrageous remarks by French officials about the transitional authorities.
France's foreign ministry said it had taken note of the decision and recalled that it supported the people of Mali.
Relations between the two countries have deteriorated since the army took power in 2020, and French troops left Mali last year.""",
 """NIAMEY (Sahel Desk) - Niger's military rulers ordered the United States to withdraw its troops from the country on Saturday, ending a security partnership against jihadist groups in the Sahel.
Junta spokesman Amadou Abdramane said on state television that the presence of American forces was illegal and violated the constitution.
The Pentagon said it was seeking clarification and that about 1,000 personnel remained at a drone base near Agadez.
The decision followed a visit to Niamey by senior U.S. officials who raised concerns about Russia's role."""),
"venezuela-vote": ("""CARACAS (Wire) - Venezuelan security forces detained six campaign workers of opposition candidate Edmundo Gonzalez on Friday, his campaign said, days after the disputed presidential election.
Opposition leader Maria Corina Machado said the arrests were part of a campaign of fear and called for peaceful protests on Saturday.
The government denied any arrests had been made for political reasons and accused the opposition of planning violence.
The electoral council declared President Nicolas Maduro the winner but has not published detailed results by polling station.""",
 """BOGOTA (Andes Desk) - Colombia and Brazil called on Venezuela's electoral authorities on Thursday to publish detailed voting data from Sunday's election, in a joint statement by their foreign ministries.
Colombian President Gustavo Petro said a transparent count was the only way to ensure peace in the region.
Brazil's special adviser Celso Amorim, who observed the vote in Caracas, said he had not seen evidence supporting either side's claims.
Mexico did not sign the statement, saying it would wait for the final results."""),
}
# Edits a republishing site makes to a wire story: its own dateline and byline, a
# rewritten headline-like first clause, house style, trimmed last paragraph, an
# added tagline, a few words changed.
edits = {
"gaza-talks": [("CAIRO (Wire) - ", "Cairo, May 20 - "), ("on Tuesday", "on Tuesday evening"), ("told reporters", "told journalists"), ("\nGaza's health ministry", "\nThe Gaza health ministry"), ("", "\nAdditional reporting by Nidal al-Mughrabi.")],
"ukraine-grain": [("KYIV (Wire) - ", "By staff writers. "), ("about 60,000 tonnes", "some 60,000 tonnes"), ("\nWheat prices rose 3 percent in Chicago after the attack. The United Nations said it was concerned about the impact on global food security.", "")],
"sudan-elfasher": [("PORT SUDAN (Wire) - ", ""), ("at least 40 people", "at least 40 civilians"), ("local activists said", "according to local activists"), ("", "\nThis story has been updated with comment from the RSF.")],
"myanmar-quake": [("YANGON (Wire) - ", "YANGON, Myanmar - "), ("more than 2,000", "over 2,000"), ("Junta leader", "Military leader"), ("China, India and Russia", "China, India, and Russia")],
"kenya-protests": [("NAIROBI (Wire) - ", "Nairobi: "), ("\nOpposition leaders accused the government of using excessive force and demanded an independent inquiry into the deaths.", ""), ("witnesses said", "according to witnesses"), ("", "\nRead more: Kenya's finance bill explained.")],
"ecb-rates": [("FRANKFURT (Wire) - ", "FRANKFURT, Oct 17 - "), ("3.25 percent", "3.25%"), ("0.4 percent", "0.4%"), ("Economists said", "Analysts said")],
"brazil-floods": [("PORTO ALEGRE (Wire) - ", ""), ("at least 100 people", "at least 100"), ("a Marshall Plan", "a 'Marshall Plan'"), ("", "\nWith reporting from Brasilia.")],
"hk-verdict": [("HONG KONG (Wire) - ", "Hong Kong - "), ("on Tuesday", "on Tuesday morning"), ("\nRelatives of the defendants queued overnight outside the West Kowloon court to attend the hearing.", "")],
"mali-envoy": [("BAMAKO (Wire) - ", "BAMAKO, Mali (Wire) - "), ("within 72 hours", "within three days"), ("France's foreign ministry", "The French foreign ministry")],
"venezuela-vote": [("CARACAS (Wire) - ", ""), ("on Friday", "late on Friday"), ("Opposition leader", "Opposition figure"), ("", "\nCopyright 2024. All rights reserved.")],
}
with open("tests/data/corpus/dedup/pairs.jsonl", "w", encoding="utf-8") as out:
    for key, (story, other) in stories.items():
        b = story
        for old, new in edits[key]:
            if old == "":
                b = b + new
            else:
                assert old in b, (key, old)
                b = b.replace(old, new, 1)
        out.write(json.dumps({"id": f"{key}/republished", "same": True, "a": story, "b": b,
                              "note": "wire story and a republication with edits: " + "; ".join(f"{o!r}->{n!r}" for o, n in edits[key])}, ensure_ascii=False) + "\n")
        out.write(json.dumps({"id": f"{key}/same-topic", "same": False, "a": story, "b": other,
                              "note": "a different story on the same topic"}, ensure_ascii=False) + "\n")
    # cross-topic different stories of the same wire, same template (dateline, stock phrases)
    keys = list(stories)
    for i in range(0, len(keys), 2):
        out.write(json.dumps({"id": f"{keys[i]}~{keys[i+1]}", "same": False, "a": stories[keys[i]][0], "b": stories[keys[i+1]][0],
                              "note": "two different wire stories"}, ensure_ascii=False) + "\n")
# Follow-up stories: new news in the first two paragraphs, the wire's background
# paragraphs reused verbatim. Different stories: the hardest case for a shingle detector.
followups = {
"gaza-talks": """CAIRO (Wire) - Israel sent a delegation to Cairo on Thursday for indirect talks with Hamas, an Egyptian official said, the first such meeting in three weeks.
The official, who spoke on condition of anonymity, said the talks would focus on a phased exchange of hostages for Palestinian prisoners and on the entry of aid trucks through the Rafah crossing.""",
"ukraine-grain": """KYIV (Wire) - Ukraine said on Saturday it had struck a Russian oil depot in the Crimean port of Feodosia with naval drones, causing a large fire.
Ukraine's military intelligence agency released video of an explosion at the depot and said the facility supplied Russian forces in the south.""",
"sudan-elfasher": """PORT SUDAN (Wire) - Sudan's army chief Abdel Fattah al-Burhan said on Wednesday he would not attend peace talks in Geneva proposed by the United States unless the RSF withdrew from civilian areas.
Burhan spoke to troops in Port Sudan, where the government has been based since fighting engulfed Khartoum.""",
"kenya-protests": """NAIROBI (Wire) - Kenya's parliament voted on Thursday to remove the contested finance bill from its agenda after President William Ruto withdrew it, the speaker said.
Protest organisers said they would continue marches until police officers responsible for the deaths of demonstrators were charged.""",
"venezuela-vote": """CARACAS (Wire) - Venezuela's attorney general issued an arrest warrant on Monday for opposition candidate Edmundo Gonzalez, accusing him of usurping functions and instigating disobedience.
Gonzalez, who has not appeared in public for weeks, did not respond to three summonses to testify, prosecutors said.""",
}
with open("tests/data/corpus/dedup/pairs.jsonl", "a", encoding="utf-8") as out:
    for key, lede in followups.items():
        a = stories[key][0]
        background = "\n".join(a.split("\n")[2:])
        out.write(json.dumps({"id": f"{key}/follow-up", "same": False, "a": a, "b": lede + "\n" + background,
                              "note": "a follow-up story: new first two paragraphs, the background paragraphs reused verbatim"},
                             ensure_ascii=False) + "\n")
