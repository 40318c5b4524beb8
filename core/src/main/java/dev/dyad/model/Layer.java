package dev.dyad.model;

/** The annotation layers a stage can require and produce (checked when a pipeline is built). */
public enum Layer { SENTENCES, ACTORS, QUOTES, EVENTS, DATES, PLACES }
