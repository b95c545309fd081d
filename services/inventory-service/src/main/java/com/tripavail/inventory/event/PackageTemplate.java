package com.tripavail.inventory.event;

public enum PackageTemplate {
    WEEKEND_GETAWAY,
    HONEYMOON,
    FAMILY_FUN,
    ADVENTURE,
    WELLNESS,
    BUSINESS
}
