package org.clientela.satisfaction.internal.surveys;

/** What a survey asks, and the scores its answer may take. */
public enum SurveyKind {
    /** "¿Cómo valoraría…?": 1 (very unhappy) to 5 (very happy), about one case or purchase. */
    CSAT(1, 5),
    /** "¿Recomendaría…?": 0 to 10, about the business as a whole. */
    NPS(0, 10);

    private final int lowest;
    private final int highest;

    SurveyKind(int lowest, int highest) {
        this.lowest = lowest;
        this.highest = highest;
    }

    public int lowest() {
        return lowest;
    }

    public int highest() {
        return highest;
    }

    public boolean accepts(int score) {
        return score >= lowest && score <= highest;
    }
}
