// The one import of `natural` (Node only): loaded after quietDotenv so importing it prints nothing.
import './quietDotenv';
import natural from 'natural';

export default natural;
