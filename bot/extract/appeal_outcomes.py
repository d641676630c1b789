"""What an appeal ruling decided, as report texts word it in English, Russian and Kazakh: sent
back for a new trial, overturned, increased, reduced or upheld, with a ruling's operative part in
the infinitive, the passive or the jussive («наказание смягчить до», «күшін жойылсын»).

Invariant: a cue names what the court did, never what a party asked for (requests are cut
before these are read, bot.extract.references), and the kinds are tried in this order.
"""

from __future__ import annotations

from bot.extract.lexicon_base import IN_SENTENCE, Patterns, compile_table

OUTCOME_CUES: dict[str, Patterns] = {
    "sent_back": {
        "en": r"sent (?:the case )?back|for a retrial|new trial",
        # («направила дело на новое судебное рассмотрение», «... разбирательство»)
        "ru": r"на\s+новое\s+(?:судебное\s+)?(?:рассмотрение|разбирательство)",
        "kk": r"(?:қайта|жаңадан)\s+қарауға",
    },
    "overturned": {
        # ("set aside the verdict", "annulled the conviction")
        "en": r"overturned|acquitted|quashed|\bset aside\b|"
        r"\bannull?ed\s+(?:the|his|her|their)\s+(?:verdict|conviction|sentence)\b",
        # (not «отменила приговор ... в части наказания»: a new punishment, told after it)
        # (a ruling's operative part in the infinitive: «приговор ... отменить»)
        # (an acquittal is the court's: «оправдала его», «оправдан», «оправдательный приговор»,
        # «оправдать» in an operative part; never the noun «оправдание»: a charge's «оправдание
        # терроризма», a hope's «рассчитывали на оправдание»)
        "ru": r"отмени(?:л\w*|ть) приговор(?![^.;]{0,80}\bв части\b)|"
        r"\bоправда(?:л[аи]?|н[аы]?|ть)\b|\bоправдательн\w*\s+приговор|"
        r"\bприговор\w*\s+(?:(?:[^.;:]|(?<=[А-ЯЁ])\.){0,80}?\s)?отменить\b"
        r"(?![^.;]{0,80}\bв части\b)",
        # (a ruling's operative part: «үкімнің күшін жойылсын»; not a demand's converb «күшін
        # жойып, ... шығаруды сұраймын»)
        # (an acquittal: «ақтады», «ақталды», «ақтау үкімі шығарылды»; not «ақтау» alone, a
        # charge's 'justifying' or a hope, nor «сақтады», 'kept', which holds the same letters)
        "kk": r"күшін жой(?:ды|ылды|ылсын)\b|\bақта(?:ды|лды|п\s+шығар\w*)\b|"
        r"\bақтау\s+үкім\w*\s+(?:\w+\s+)?(?:шығарды|шығарылды|жариялады|жарияланды)",
    },
    "increased": {
        "en": r"increased|toughened|tightened|harsher|\b(?:raised|lengthened|extended)\b",
        "ru": r"ужесточ|усилил|увеличил|увеличен\w*",
        "kk": r"күшейт|ауырлат|ұзарт",
    },
    "reduced": {
        "en": r"reduced|mitigated|softened|commuted|shortened|\b(?:lowered|cut|eased)\b|"
        # HRW's "converted the prison terms ..., instead imposing restrictions on their freedom"
        r"\bconverted (?:the|his|her|their) (?:prison|jail) (?:terms?|sentences?)",
        # (the passive of a ruling's text: «назначенное наказание смягчено до 2 лет»)
        # (and its operative part in the infinitive: «наказание смягчить до 2 лет»)
        "ru": r"смягчил|сократил|снизил|сокращ|уменьшил|смягч[её]н\w*|сниж[её]н\w*|уменьш[её]н\w*|"
        r"\b(?:смягчить|снизить|сократить)\s+до\b",
        # («жаза 3 жылға дейін төмендетілді»: lowered to)
        "kk": r"жеңілдет|қысқарт|азайт|төмендет",
    },
    "upheld": {
        "en": r"upheld|unchanged|"
        r"(?:dismissed|rejected|denied|turned down) (?:an|the|his|her|their) appeals?\b|"
        r"\blost (?:an|the|his|her|their) appeal\b|"
        r"(?:refused|declined) to review|"
        # "kept the sentence in force", "left the verdict in place", "did not change the verdict"
        r"\b(?:kept|left)\s+(?:the|his|her|their)\s+(?:verdict|sentence|conviction|punishment)"
        r"\s+(?:in\s+force|in\s+place|intact)\b|"
        r"\bdid\s+not\s+(?:change|alter|amend)\s+(?:the|his|her|their)\s+(?:verdict|sentence)\b|"
        r"appeal\b"
        + IN_SENTENCE
        + r"{0,60}?\b(?:was|were)\s+(?:dismissed|rejected|denied|turned down)",
        # («оставила приговор без изменений», «апелляция не изменила приговор»)
        "ru": r"без изменения|(?<!пресечения )без изменений|в силе|отклонил|без удовлетворения|"
        r"отказал\w* в пересмотре|"
        r"\bне\s+изменил\w*\s+(?:приговор|наказани|срок)",
        # (a table's appeal cell: «..., 02.06.2026, өзгеріссіз»; «алқа үкімді өзгертпеді»)
        "kk": r"өзгеріссіз\s*(?:$|(?=[\t|\n;]))|үкім\w*\s+өзгертпе\w*|өзгеріссіз қалдыр|"
        r"күшінде қалдыр|қанағаттандырусыз|қайта қараудан бас тарт|"
        r"шағым\w*\s+(?:\w+\s+)?(?:қанағаттандырмады|қабылдамады)",
    },
}
OUTCOMES = {kind: compile_table(table) for kind, table in OUTCOME_CUES.items()}
