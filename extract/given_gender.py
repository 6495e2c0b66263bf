"""The gender a given name tells, for "he"/"she" (fifteenth pass, branch x16w, issue
16): "Sen. Marcus Hale and Sen. Jolene Ferris clashed ... '...,' she said" went to
Hale, the last person cited, since the text had given neither gender. Only given names
that are one gender's in the English-language press of many countries are listed
(Jordan, Morgan, Alex, Sasha, Jean, Andrea, Kim, Nicola, Robin, Ashley ... are left
out: both, or one in one country and the other elsewhere). A name not listed tells
nothing, as before; the text's own pronoun or title always comes first."""

from __future__ import annotations

from claimdesk.extract.lexicon import word_set

_SHE = word_set(
    """Abigail Ada Adaeze Adriana Agnes Aileen Aisha Alice Alicia Alison Amanda Amara
    Amelia Amina Amy Ana Anastasia Angela Angelica Anita Anna Anne Annette Antonia
    Aroha Aruna Ayesha Barbara Beatrice Beatriz Bernadette Beth Bethany Bridget Brigid
    Bronwyn Camila Carmen Caroline Catherine Cecilia Celia Charlotte Chiara Chinwe
    Christina Christine Claire Clara Claudia Colleen Cordelia Cynthia Daniela Deborah
    Deirdre Delia Denise Diana Dolores Doris Dorothy Edith Eleanor Elena Elise Elizabeth
    Ella Ellen Eloise Emilia Emily Emma Esther Eunice Eva Eleni Evelyn Farida Fatima
    Fenella Fiona Florence Frances Francesca Gabriela Gabrielle Georgina Gertrude Gloria
    Grace Hannah Harriet Helen Helena Helga Hilda Ida Imogen Ines Ingrid Irene Iris Isabel
    Isabella Isadora Jacqueline Jane Janet Janice Jennifer Jessica Joan Joanna Jolene
    Josephine Joy Judith Julia Julie Juliet Karen Katarzyna Katherine Kathleen Laura
    Lauren Leila Lena Lilian Linda Lindiwe Lisa Lorna Louise Lucia Lucy Lydia Magdalena
    Margaret Margery Maria Mariam Marian Marie Marisol Marta Martha Mary Matilda Maureen
    Maya Megan Melissa Mercy Miriam Monica Nadia Nancy Naomi Natalia Natasha Nicole Nina
    Nkechi Nora Norah Olga Olivia Pamela Patricia Pauline Penelope Priya Rachel Rebecca
    Regina Rita Roberta Rosa Rosalind Rose Rosemary Ruth Sabrina Samantha Sandra Sarah
    Shirley Simone Sofia Sophia Sophie Stephanie Susan Susanna Sylvia Tamsin Teresa
    Theresa Ursula Valentina Vanessa Veronica Victoria Violet Virginia Wanjiru Wendy
    Wilhelmina Yolanda Yvette Yvonne Zainab Zara Zofia Zuzana Ann Kate Sue Liz
    Jenny Meg Annie Peggy Betty Patty Kathy Debbie"""
)
_HE = word_set(
    """Aaron Abdullah Adam Adebayo Adrian Ahmed Alan Alastair Albert Alexander Alistair
    Andreas Andrew Angus Anthony Antonio Arjun Arthur Arturo Barry Benjamin Bernard
    Boris Brendan Brian Bruce Calvin Carl Carlos Charles Christopher Clive Colin Conor
    Craig Daniel David Declan Dennis Derek Desmond Dmitri Donald Douglas Duncan Edward
    Emeka Emmanuel Eric Ernest Eugene Felix Fernando Francis Frank Frederick Gareth
    Garrett Gary Geoffrey George Gerald Giles Gordon Graham Gregory Hamid Harold Harry
    Hassan Henry Herbert Howard Hugh Ian Ibrahim Ivan Jack Jacob James Jason Jeffrey
    Jeremy John Jonathan Joseph Joshua Juan Julian Justin Keith Kenneth Kevin Kofi
    Kwabena Kwame Lawrence Leonard Liam Louis Luis Malcolm Marcus Mark Martin Matthew
    Michael Mohammed Muhammad Musa Nathan Neil Nicholas Nigel Oliver Oscar Owen Patrick
    Paul Pedro Peter Philip Pierre Rafael Ralph Rashid Raymond Richard Robert Roger
    Ronald Rupert Russell Samuel Sean Sergei Simon Stanley Stephen Steven Stuart Thomas
    Timothy Tobias Tomas Tony Victor Vikram Vincent Walter Wendell William Yusuf Zoltan
    Tom Bill Jim Bob Joe Dave Mike Steve Ted Ben Dan Pete Nick Greg Ken Ron Don Matt
    Tim Andy Phil Rick Doug Chuck Hank"""
)


def given_gender(first: str | None) -> str | None:
    """ "she" / "he" for a listed given name (as written, capitalised), else None."""
    if not first:
        return None
    word = first[:1].upper() + first[1:]
    if word in _SHE:
        return "she"
    if word in _HE:
        return "he"
    return None
