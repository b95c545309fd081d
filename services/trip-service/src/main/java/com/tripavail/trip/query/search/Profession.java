package com.tripavail.trip.query.search;

/** What a traveller does, for the concessions operators grant (students, senior citizens, the armed forces, …). */
public enum Profession {
    STUDENT, DEFENSE, SENIOR_CITIZEN, MEDICAL, GOVERNMENT, CORPORATE, OTHER
}
