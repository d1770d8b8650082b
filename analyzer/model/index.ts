export * from './scan-report';
export * from './snapshot';
