export * from './claude';
export { maskEmail, maskPhone } from './privacy';
