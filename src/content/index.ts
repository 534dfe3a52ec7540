/** The lesson as data: its text, its visual quiz and its practice questions. */
export * from './lesson';
export * from './lessonSummary';
export * from './lessonQuiz';
export * from './lessonPractice';
export * from './flashcards';
export * from './realSystems';
