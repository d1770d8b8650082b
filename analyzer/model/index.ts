export * from './scan-report';
export * from './snapshot';
export * from './classified';
export * from './live';
export * from './policy-report';
